public import Foundation

/// How the jury's input becomes points — one place for the first evaluation and for a
/// rescoring with the consensus.
public enum JuryScoring {
    /// Points of a marked score: the weight times the mark's place on the scale, to 2 decimals.
    public static func points(mark: Decimal, on scale: MarkScale, weight: Decimal) -> Decimal {
        Format.rounded(weight * (mark - scale.min) / (scale.max - scale.min), 2)
    }

    /// Points of a mixed score after the jury's adjustment, kept between 0 and the weight.
    public static func adjusted(_ computed: Decimal, by adjustment: Decimal, weight: Decimal) -> Decimal {
        max(0, min(weight, computed + adjustment))
    }
}
