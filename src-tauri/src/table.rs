//! The `command_table!` macro: from one list of commands (in
//! `command_table.rs`) it makes the invoke handler, the list of names and,
//! for the bindings test, each command's argument and result types.

/// One command's TypeScript signature, for `ui/src/bindings/commands.ts`.
#[cfg(test)]
pub struct Entry {
    pub name: &'static str,
    /// `None` for a command without arguments.
    pub args: Option<TsType>,
    pub result: TsType,
}

/// A type's TypeScript name and how to export it with its dependencies.
#[cfg(test)]
pub struct TsType {
    pub name: fn(&ts_rs::Config) -> String,
    pub export: fn(&ts_rs::Config) -> Result<(), ts_rs::ExportError>,
}

#[cfg(test)]
impl TsType {
    pub fn of<T: ts_rs::TS + 'static>() -> TsType {
        TsType {
            name: T::name,
            export: export_with_dependencies::<T>,
        }
    }
}

/// Exports `T` (when it is a named type) or else the named types it wraps
/// (`Vec<T>`, `Option<T>` → `T`); `()` exports nothing.
#[cfg(test)]
fn export_with_dependencies<T: ts_rs::TS + 'static>(
    cfg: &ts_rs::Config,
) -> Result<(), ts_rs::ExportError> {
    struct Visit<'a>(&'a ts_rs::Config, Result<(), ts_rs::ExportError>);
    impl ts_rs::TypeVisitor for Visit<'_> {
        fn visit<U: ts_rs::TS + 'static + ?Sized>(&mut self) {
            if self.1.is_ok() && U::output_path().is_some() {
                self.1 = U::export_all(self.0);
            }
        }
    }
    if T::output_path().is_some() {
        T::export_all(cfg)
    } else {
        let mut visit = Visit(cfg, Ok(()));
        T::visit_dependencies(&mut visit);
        // `Option<T>` names `T` as a generic, not a dependency.
        T::visit_generics(&mut visit);
        visit.1
    }
}

macro_rules! command_table {
    ($($name:ident ($($args:ty)?) -> $result:ty;)*) => {
        /// Every command name, in table order.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// The invoke handler over every command of the table.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// Each command's TypeScript signature.
        #[cfg(test)]
        pub fn entries() -> Vec<crate::table::Entry> {
            vec![$(crate::table::Entry {
                name: stringify!($name),
                args: crate::table::command_table!(@args $($args)?),
                result: crate::table::TsType::of::<$result>(),
            }),*]
        }
    };
    (@args) => { None };
    (@args $args:ty) => { Some(crate::table::TsType::of::<$args>()) };
}

pub(crate) use command_table;
