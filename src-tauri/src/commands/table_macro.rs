//! The `command_table!` macro: from the one list of commands (`table.rs`)
//! it makes the invoke handler, the list of names and, for the bindings
//! test, each command's argument and result types.

/// One command's TypeScript signature, for `ui/src/bindings/commands.ts`.
#[cfg(test)]
pub(crate) struct Entry {
    pub(crate) name: &'static str,
    /// `None` for a command without arguments.
    pub(crate) args: Option<TsType>,
    pub(crate) result: TsType,
}

/// A type's TypeScript name and how to export it with its dependencies.
#[cfg(test)]
pub(crate) struct TsType {
    pub(crate) name: fn(&ts_rs::Config) -> String,
    pub(crate) export: fn(&ts_rs::Config) -> Result<(), ts_rs::ExportError>,
}

#[cfg(test)]
impl TsType {
    pub(crate) fn of<T: ts_rs::TS + 'static>() -> TsType {
        TsType {
            name: T::name,
            export: export_with_dependencies::<T>,
        }
    }
}

/// Exports `T` (when it is a named type) or else the named types it wraps
/// (`Vec<T>` → `T`, `Option<T>` → `T`); `()` exports nothing.
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
        // `Option<T>` lists T's own dependencies but T itself as a generic.
        T::visit_generics(&mut visit);
        visit.1
    }
}

macro_rules! command_table {
    ($($name:ident ($($args:ty)?) -> $result:ty;)*) => {
        /// Every command name, in table order (the tests hold the
        /// capability and the TypeScript map to it).
        #[cfg(test)]
        pub(crate) const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// The invoke handler over every command of the table.
        pub(crate) fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// Each command's TypeScript signature.
        #[cfg(test)]
        pub(crate) fn entries() -> Vec<crate::commands::table_macro::Entry> {
            vec![$(crate::commands::table_macro::Entry {
                name: stringify!($name),
                args: crate::commands::table_macro::command_table!(@args $($args)?),
                result: crate::commands::table_macro::TsType::of::<$result>(),
            }),*]
        }
    };
    (@args) => { None };
    (@args $args:ty) => { Some(crate::commands::table_macro::TsType::of::<$args>()) };
}

pub(crate) use command_table;
