//! Size classes for small objects.
//!
//! Sixteen-byte steps up to 128 bytes (most Mesh objects: variants, tuples, list headers, short
//! strings), then four classes per power of two up to 2 KiB, so rounding wastes at most 25 %.
//! Anything larger is a large object with its own allocation.

/// Slot sizes in bytes, ascending. Every size is a multiple of 16.
pub const CLASS_SIZES: [usize; 24] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048,
];

/// Number of size classes.
pub const NUM_CLASSES: usize = CLASS_SIZES.len();

/// The largest object size served from pages.
pub const MAX_SMALL: usize = CLASS_SIZES[NUM_CLASSES - 1];

/// `CLASS_OF[(size + 15) / 16]` is the class of an object of `size` bytes (`size <= MAX_SMALL`).
const CLASS_OF: [u8; MAX_SMALL / 16 + 1] = {
    let mut table = [0u8; MAX_SMALL / 16 + 1];
    let mut units = 0;
    let mut class = 0;
    while units < table.len() {
        while CLASS_SIZES[class] < units * 16 {
            class += 1;
        }
        table[units] = class as u8;
        units += 1;
    }
    table
};

/// The class serving objects of `size` bytes, or `None` for a large object.
#[inline]
pub fn class_for(size: usize) -> Option<usize> {
    if size > MAX_SMALL {
        return None;
    }
    Some(CLASS_OF[size.div_ceil(16)] as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_the_smallest_class_that_fits() {
        for size in 0..=MAX_SMALL {
            let class = class_for(size).expect("small size");
            assert!(CLASS_SIZES[class] >= size.max(1), "size {size}");
            if class > 0 {
                assert!(CLASS_SIZES[class - 1] < size, "size {size}");
            }
        }
        assert_eq!(class_for(MAX_SMALL + 1), None);
    }

    #[test]
    fn classes_are_ascending_multiples_of_sixteen() {
        for pair in CLASS_SIZES.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        assert!(CLASS_SIZES.iter().all(|size| size % 16 == 0));
    }
}
