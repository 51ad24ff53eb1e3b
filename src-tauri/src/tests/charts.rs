//! The core's figure becomes wire shapes without moving a coordinate.

use cx_maturity::report::charts::{Anchor, Figure, Shape as CoreShape, Stroke};
use cx_maturity::report::fonts::Weight;
use cx_maturity::report::style::Rgb;

use crate::charts::chart;
use crate::wire::{ChartKind, Point, Shape, TextAnchor};

#[test]
fn shapes_keep_their_geometry_and_colours() {
    let figure = Figure {
        width: 300.0,
        height: 200.0,
        title: "Radar of 3 dimensions".into(),
        shapes: vec![
            CoreShape::Path {
                points: vec![[10.0, 20.0], [30.0, 40.0]],
                closed: false,
                fill: None,
                stroke: Some(Stroke::dashed(Rgb(0, 0x80, 0xff), 1.5, [3.0, 2.0])),
            },
            CoreShape::Path {
                points: vec![[0.0, 0.0], [10.0, 0.0], [5.0, 8.0]],
                closed: true,
                fill: Some(Rgb(0x10, 0x2a, 0x43)),
                stroke: None,
            },
            CoreShape::Path {
                points: vec![[0.0, 0.0], [1.0, 1.0]],
                closed: false,
                fill: None,
                stroke: None,
            },
            CoreShape::Text {
                x: 50.0,
                y: 60.0,
                text: "<img src=x onerror=alert(1)>".into(),
                size: 8.0,
                weight: Weight::Bold,
                color: Rgb(0xff, 0, 0),
                anchor: Anchor::End,
                rotate: 45.0,
            },
        ],
    };
    let c = chart(ChartKind::Radar, "Maturity by dimension", &figure);
    assert_eq!((c.width, c.height), (300.0, 200.0));
    assert_eq!(c.description, "Radar of 3 dimensions");
    // The invisible path (no fill, no stroke) is dropped: 4 shapes → 3.
    assert_eq!(c.shapes.len(), 3);
    assert_eq!(
        c.shapes[0],
        Shape::Line {
            from: Point { x: 10.0, y: 20.0 },
            to: Point { x: 30.0, y: 40.0 },
            stroke: "#0080ff".into(),
            stroke_width: 1.5,
            dashed: true,
        }
    );
    match &c.shapes[1] {
        Shape::Path {
            points,
            closed,
            fill,
            stroke,
            ..
        } => {
            assert_eq!(points.len(), 3);
            assert!(*closed);
            assert_eq!(fill.as_deref(), Some("#102a43"));
            assert_eq!(*stroke, None);
        }
        other => panic!("expected a path, got {other:?}"),
    }
    // Text stays text (the UI renders it as a text node), with its rotation.
    assert_eq!(
        c.shapes[2],
        Shape::Text {
            at: Point { x: 50.0, y: 60.0 },
            text: "<img src=x onerror=alert(1)>".into(),
            size: 8.0,
            anchor: TextAnchor::End,
            bold: true,
            fill: "#ff0000".into(),
            rotate: 45.0,
        }
    );
}
