import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel

/// Inline SVG charts for the HTML report: no script, no external resource.
enum Charts {
    static let palette = ["#1b6ca8", "#e07a1f", "#3a9a5b", "#b83b5e", "#7a5aa6", "#8c6d31", "#2b9aa0", "#c2a400"]

    /// Escapes text placed inside SVG/HTML.
    static func escape(_ text: String) -> String { Markup.escape(text) }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// Stacked bar of a score breakdown: one segment per scored criterion, on the 0–maximum scale.
    static func breakdown(_ summary: ApplicationSummary, scores: [Criterion], language: Language) -> String {
        let width = 560.0
        let maximum = max(1, double(summary.evaluation.maximum))
        var x = 0.0
        var parts: [String] = []
        for (index, criterion) in scores.enumerated() {
            let points = double(summary.points(criterion.id) ?? 0)
            let w = width * points / maximum
            let title = escape("\(criterion.title(language)): \(Format.number(Decimal(points), places: 2, language: language))")
            parts.append(
                "<rect x=\"\(number(x))\" y=\"0\" width=\"\(number(w))\" height=\"18\" fill=\"\(palette[index % palette.count])\"><title>\(title)</title></rect>"
            )
            x += w
        }
        let legend = scores.enumerated().map { index, criterion in
            "<span class=\"key\"><i style=\"background:\(palette[index % palette.count])\"></i>\(escape(criterion.title(language)))</span>"
        }.joined(separator: " ")
        return """
            <svg class="chart" width="\(Int(width))" height="20" viewBox="0 0 \(Int(width)) 20" role="img" aria-label="\(escape(VisibleText.escape(summary.name)))">\
            <rect x="0" y="0" width="\(Int(width))" height="18" fill="#eee"/>\(parts.joined())</svg><div class="legend">\(legend)</div>
            """
    }

    /// Histogram of totals in bins of a tenth of the maximum: each bar labelled with its range
    /// under it and its count above it (room is kept above the tallest bar).
    static func distribution(_ summaries: some Sequence<ApplicationSummary>, maximum: Decimal, language: Language) -> String {
        let bins = 10
        var counts = Array(repeating: 0, count: bins)
        let top = max(1, double(maximum))
        for summary in summaries {
            let bin = min(bins - 1, Int(double(summary.evaluation.total) / top * Double(bins)))
            counts[max(0, bin)] += 1
        }
        let highest = max(1, counts.max() ?? 1)
        let barWidth = 56.0
        let height = 120.0
        let above = 18.0
        var parts: [String] = []
        for (index, count) in counts.enumerated() {
            let h = height * Double(count) / Double(highest)
            let x = Double(index) * barWidth
            let from = Format.number(Decimal(top * Double(index) / Double(bins)), places: 0, language: language)
            let to = Format.number(Decimal(top * Double(index + 1) / Double(bins)), places: 0, language: language)
            let range = index == bins - 1 ? "\(from)–\(to)" : "\(from)–<\(to)"
            parts.append(
                "<rect x=\"\(number(x + 4))\" y=\"\(number(above + height - h))\" width=\"\(number(barWidth - 8))\" height=\"\(number(h))\" fill=\"#1b6ca8\"><title>\(escape(range)) : \(count)</title></rect>"
                    + "<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(above + height + 16))\" text-anchor=\"middle\">\(escape(range))</text>"
                    + (count > 0
                        ? "<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(above + height - h - 4))\" text-anchor=\"middle\">\(count)</text>"
                        : ""))
        }
        let width = Int(barWidth * Double(bins))
        let full = Int(above + height) + 24
        return
            "<svg class=\"chart\" width=\"\(width)\" height=\"\(full)\" viewBox=\"0 0 \(width) \(full)\" role=\"img\">\(parts.joined())</svg>"
    }

    /// The envelope as a bar: one segment per funded application, in rank order, then the remainder.
    static func funding(_ batch: RankedBatch, language: Language) -> String {
        let width = 1000.0
        let envelope = max(1, double(batch.funding.envelope))
        var x = 0.0
        var parts: [String] = []
        for (index, award) in batch.funding.awards.enumerated() where award.decision == .funded {
            let w = width * double(award.award) / envelope
            let name = index < batch.ranking.count ? batch.ranking[index].name : award.file
            parts.append(
                "<rect x=\"\(number(x))\" y=\"0\" width=\"\(number(w))\" height=\"36\" fill=\"\(palette[index % 2 == 0 ? 0 : 6])\" stroke=\"#fff\"><title>\(index + 1). \(escape(VisibleText.escape(name))) — \(escape(Format.euros(award.award, language: language)))</title></rect>"
                    + (w > 22
                        ? "<text class=\"in\" x=\"\(number(x + w / 2))\" y=\"23\" text-anchor=\"middle\">\(index + 1)</text>"
                        : ""))
            x += w
        }
        let remainder = Format.euros(batch.funding.remainder, language: language)
        parts.append(
            "<rect x=\"\(number(x))\" y=\"0\" width=\"\(number(max(0, width - x)))\" height=\"36\" fill=\"#ddd\"><title>\(escape(remainder))</title></rect>"
        )
        if width - x > 160 {
            parts.append(
                "<text x=\"\(number(x + (width - x) / 2))\" y=\"23\" text-anchor=\"middle\">\(escape(ReportLabel.remainder.text(language)))\(escape(ReportLabel.colon.text(language)))\(escape(remainder))</text>"
            )
        }
        parts.append("<line x1=\"\(number(x))\" y1=\"-4\" x2=\"\(number(x))\" y2=\"44\" stroke=\"#b83b5e\" stroke-width=\"2\"/>")
        return
            "<svg class=\"chart\" width=\"\(Int(width))\" height=\"56\" viewBox=\"0 -6 \(Int(width)) 56\" role=\"img\">\(parts.joined())</svg>"
    }
}
