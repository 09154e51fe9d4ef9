//! The fixed options a person is filtered by: the three regions and the four
//! sectors, each with the name recap files use and the ASCII slug URLs use.
//! Each table is written once, in the `options!` invocations below.

/// Declares an option enum with its names, slugs, `ALL` (in declaration
/// order, which the filters and counts rely on) and lookups.
macro_rules! options {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident = $label:literal / $slug:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every option, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name as written in recap files (German, like the content).
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            /// The ASCII slug used in URLs.
            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            pub fn from_name(name: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|option| option.name() == name)
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|option| option.slug() == slug)
            }

            /// The position in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }
        }
    };
}

options! {
    /// The three states of central Germany; the only regions the format knows.
    pub enum Region {
        Sachsen = "Sachsen" / "sachsen",
        SachsenAnhalt = "Sachsen-Anhalt" / "sachsen-anhalt",
        Thueringen = "Thüringen" / "thueringen",
    }
}

options! {
    /// The sectors a person can belong to.
    pub enum Sector {
        Wirtschaft = "Wirtschaft" / "wirtschaft",
        Politik = "Politik" / "politik",
        Verwaltung = "Verwaltung" / "verwaltung",
        Wissenschaft = "Wissenschaft" / "wissenschaft",
    }
}

/// The members of `all` that occur in `found`, each once, in the order of
/// `all` (the order the enums declare). For the few regions and sectors,
/// this is smaller in the wasm than a sort and a dedup.
pub fn in_order<T: Copy + PartialEq>(all: &[T], found: &[T]) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|item| found.contains(item))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_slugs_round_trip() {
        for &r in Region::ALL {
            assert_eq!(Region::from_name(r.name()), Some(r));
            assert_eq!(Region::from_slug(r.slug()), Some(r));
        }
        for &s in Sector::ALL {
            assert_eq!(Sector::from_name(s.name()), Some(s));
            assert_eq!(Sector::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Region::from_name("Thuringen"), None);
        assert_eq!(Region::Thueringen.slug(), "thueringen");
        assert_eq!(Sector::ALL.len(), 4);
    }

    #[test]
    fn all_lists_the_options_in_their_order() {
        // `in_order`, the filters' toggles (binary search) and the counts
        // (by index) rely on it.
        for (i, r) in Region::ALL.iter().enumerate() {
            assert_eq!(r.index(), i);
        }
        for (i, s) in Sector::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
        }
        assert!(Region::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Sector::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn in_order_keeps_each_option_once() {
        use Region::*;
        assert_eq!(
            in_order(Region::ALL, &[Thueringen, Sachsen, Thueringen]),
            [Sachsen, Thueringen]
        );
    }
}
