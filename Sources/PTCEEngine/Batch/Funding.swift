public import Foundation
public import PTCEModel

/// Funding down the ranking: each application gets its request, capped at the call's maximum,
/// while the envelope lasts. The first application the rest of the envelope cannot cover
/// marks the cut-off line; no application below the line is funded (no partial award), even
/// when its request would fit what remains: that is the committee's choice, shown by
/// ``FundingLine``, never made here.
public struct Funding: Sendable {
    /// What the funding walk decided for one ranked application.
    public enum Decision: Sendable, Hashable {
        /// Funded: above the cut-off line.
        case funded
        /// The first application the rest of the envelope cannot cover: the line falls above it.
        case beyondEnvelope
        /// Ranked after the line: not funded, whatever it asks.
        case belowLine
        /// No amount requested in the application.
        case requestMissing
        /// The request is below the call's minimum award.
        case belowMinimum
        /// Its region already has the maximum number of laureates.
        case regionCap

        /// The decision in words, in both languages.
        public var label: Localized {
            switch self {
            case .funded: Localized(fr: "financé", en: "funded")
            case .beyondEnvelope:
                Localized(
                    fr: "sous la ligne : la demande dépasse le reste de l’enveloppe",
                    en: "below the line: the request exceeds what the envelope has left")
            case .belowLine: Localized(fr: "sous la ligne de financement", en: "below the funding line")
            case .requestMissing: Localized(fr: "non financé : montant demandé absent", en: "not funded: no amount requested")
            case .belowMinimum:
                Localized(
                    fr: "non financé : demande sous le minimum de l’appel", en: "not funded: request below the call’s minimum")
            case .regionCap:
                Localized(
                    fr: "non financé : plafond de lauréats de la région atteint",
                    en: "not funded: the region’s laureate cap is reached")
            }
        }
    }

    /// The award of one ranked application.
    public struct Award: Sendable {
        /// The application file.
        public var file: String
        /// The amount it requested, if any.
        public var requested: Decimal?
        /// The amount awarded (0 when not funded).
        public var award: Decimal
        /// Why it is or is not funded.
        public var decision: Decision
    }

    /// The total funding available, in euros.
    public var envelope: Decimal
    /// The call's smallest award, in euros.
    public var minimumAward: Decimal
    /// The call's largest award, in euros: larger requests are capped to it.
    public var maximumAward: Decimal
    /// Laureates per region at most, if set (`--max-per-region`).
    public var regionCap: Int?
    /// One award per ranked application, in ranking order.
    public var awards: [Award]
    /// The amount awarded in all.
    public var used: Decimal
    /// The amount left in the envelope.
    public var remainder: Decimal { envelope - used }
    /// Number of ranked applications above the cut-off line (nil when the envelope covers all).
    public var cutoff: Int?

    /// Walks down `ranking` with the envelope and award limits of `call`.
    public init(ranking: [ApplicationSummary], call: CallInfo, regionCap: Int? = nil) {
        envelope = call.envelope
        minimumAward = call.minimumAward
        maximumAward = call.maximumAward
        self.regionCap = regionCap
        awards = []
        used = 0
        var laureates: [String: Int] = [:]
        for (index, summary) in ranking.enumerated() {
            var award = Award(file: summary.file, requested: summary.requestedAmount, award: 0, decision: .funded)
            defer { awards.append(award) }
            if cutoff != nil {
                award.decision = .belowLine
                continue
            }
            guard let requested = summary.requestedAmount, requested > 0 else {
                award.decision = .requestMissing
                continue
            }
            let amount = min(requested, call.maximumAward)
            if amount < call.minimumAward {
                award.decision = .belowMinimum
                continue
            }
            // An application whose region is unknown is never capped with others.
            if let regionCap, let region = summary.region, laureates[region, default: 0] >= regionCap {
                award.decision = .regionCap
                continue
            }
            if amount > envelope - used {
                award.decision = .beyondEnvelope
                cutoff = index
                continue
            }
            award.award = amount
            used += amount
            if let region = summary.region { laureates[region, default: 0] += 1 }
        }
    }
}
