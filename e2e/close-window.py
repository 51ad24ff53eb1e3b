#!/usr/bin/env python3
"""Asks the app's window to close, as a window manager's close button does.

Sends the X11 client message WM_PROTOCOLS / WM_DELETE_WINDOW to every
top-level window titled like the first argument ("CX Maturity"). Unlike
WebDriver's session end, which kills the process, this is the request the
app gets when a person closes its window, so the app's own closing runs.
Uses only libX11 through ctypes (no extra package). Exit 1 when no such
window exists.
"""

import ctypes
import ctypes.util
import sys

x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("message_type", Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class Event(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]


x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = Window
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XInternAtom.restype = Atom
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XQueryTree.argtypes = [
    ctypes.c_void_p,
    Window,
    ctypes.POINTER(Window),
    ctypes.POINTER(Window),
    ctypes.POINTER(ctypes.POINTER(Window)),
    ctypes.POINTER(ctypes.c_uint),
]
x11.XFetchName.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(ctypes.c_char_p)]
x11.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
x11.XFlush.argtypes = [ctypes.c_void_p]
x11.XCloseDisplay.argtypes = [ctypes.c_void_p]


def windows(display, parent):
    root, up = Window(), Window()
    children = ctypes.POINTER(Window)()
    count = ctypes.c_uint()
    if not x11.XQueryTree(display, parent, ctypes.byref(root), ctypes.byref(up), ctypes.byref(children), ctypes.byref(count)):
        return []
    found = [children[i] for i in range(count.value)]
    return found + [w for c in found for w in windows(display, c)]


def main():
    title = sys.argv[1].encode() if len(sys.argv) > 1 else b"CX Maturity"
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("close-window: no X display")
    protocols = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
    delete = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    sent = 0
    for w in windows(display, x11.XDefaultRootWindow(display)):
        name = ctypes.c_char_p()
        if x11.XFetchName(display, w, ctypes.byref(name)) and name.value == title:
            event = Event()
            event.xclient.type = 33  # ClientMessage
            event.xclient.window = w
            event.xclient.message_type = protocols
            event.xclient.format = 32
            event.xclient.data[0] = delete
            x11.XSendEvent(display, w, 0, 0, ctypes.byref(event))
            sent += 1
    x11.XFlush(display)
    x11.XCloseDisplay(display)
    if sent == 0:
        sys.exit(f"close-window: no window titled {title.decode()!r}")


main()
