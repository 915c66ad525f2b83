/// Mustache templates of the jury report, kept in the binary so that `ptce` works wherever
/// it is copied.
enum Templates {
    static let html = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1d1d1f; margin: 2em auto; max-width: 1100px; padding: 0 1em; line-height: 1.4; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { border-bottom: 2px solid #1b6ca8; padding-bottom: .2em; margin-top: 2em; }
        h3 { margin: .2em 0; } .meta { color: #555; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: .9em; } table.ranking { font-size: .82em; }
        th, td { border: 1px solid #ccc; padding: .3em .45em; text-align: left; vertical-align: top; }
        th { background: #eef3f8; } td.num, th.num { text-align: right; } td.num { white-space: nowrap; }
        th.score { font-size: .78em; font-weight: normal; max-width: 7.5em; } td.name { min-width: 12em; }
        svg.chart { max-width: 100%; height: auto; }
        tr.funded td { background: #f0f8f1; } tr.line td { border-bottom: 3px solid #b83b5e; }
        .counts { display: flex; flex-wrap: wrap; gap: .6em; padding: 0; list-style: none; }
        .counts li { border: 1px solid #ccc; border-radius: 6px; padding: .4em .8em; } .counts b { font-size: 1.3em; display: block; }
        .card { border: 1px solid #bbb; border-radius: 8px; padding: 1em; margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
        .duplicates-note { background: #fbeccc; border-left: 4px solid #e07a1f; padding: .4em .8em; }
        .status { font-weight: bold; padding: .1em .5em; border-radius: 4px; }
        .status.eligible { background: #d8f0de; } .status.below-threshold, .status.incomplete { background: #fbeccc; } .status.ineligible { background: #f6d5dc; }
        td.pass { color: #2a7a44; } td.fail { color: #a0223f; } td.undetermined { color: #8a6d00; }
        .explanation { color: #333; } .source { color: #666; font-size: .88em; }
        .legend { font-size: .8em; color: #444; margin: .2em 0 .6em; } .key { margin-right: .8em; white-space: nowrap; }
        .key i { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: middle; }
        .chart text { font-size: 11px; fill: #333; } .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
        .descriptive { background: #f6f6f6; padding: .6em; border-radius: 6px; } code, .hash { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; word-break: break-all; }
        nav ol { columns: 2; }
        @media print { body { margin: 0; max-width: none; } .card { page-break-before: always; } #cards h2 + .card { page-break-before: auto; } h2, h3, h4 { page-break-after: avoid; } nav { page-break-after: always; } a { color: inherit; text-decoration: none; } }
        </style>
        </head>
        <body>
        <header>
        <h1>{{title}}</h1>
        <p class="meta">{{callID}} — {{labels.asOf}}{{{colon}}}{{asOf}} — {{labels.generated}} {{toolVersion}}</p>
        </header>
        <nav>
        <h2>{{labels.contents}}</h2>
        <ol>
        <li><a href="#summary">{{labels.summary}}</a></li>
        {{#juryLoaded}}<li><a href="#to-discuss">{{labels.toDiscuss}}</a></li>{{/juryLoaded}}
        <li><a href="#ranking">{{labels.ranking}}</a></li>
        <li><a href="#funding">{{labels.funding}}</a></li>
        <li><a href="#below-threshold">{{labels.belowThreshold}}</a></li>
        {{#juryLoaded}}<li><a href="#pending-marks">{{labels.pendingMarks}}</a></li>{{/juryLoaded}}
        <li><a href="#ineligible">{{labels.ineligible}}</a></li>
        <li><a href="#incomplete">{{labels.incomplete}}</a></li>
        <li><a href="#unreadable">{{labels.unreadable}}</a></li>
        <li><a href="#duplicates">{{labels.duplicates}}</a></li>
        <li><a href="#cards">{{labels.cards}}</a></li>
        <li><a href="#audit">{{labels.audit}}</a></li>
        </ol>
        </nav>

        <section id="summary">
        <h2>{{labels.summary}}</h2>
        <p>{{callTitle}}</p>
        <ul class="counts">{{#counts}}<li><b>{{value}}</b>{{label}}</li>{{/counts}}</ul>
        {{#hasDuplicates}}<p class="duplicates-note"><b>{{duplicatesNote}}</b></p>{{/hasDuplicates}}
        <p>{{labels.envelope}}{{{colon}}}{{envelope.total}} — {{labels.used}}{{{colon}}}{{envelope.used}} — {{labels.remainder}}{{{colon}}}{{envelope.remainder}}</p>
        <div class="grid">
        <figure><figcaption>{{labels.distribution}}</figcaption>{{{distributionChart}}}</figure>
        <figure><figcaption>{{labels.fundingChart}}</figcaption>{{{fundingChart}}}</figure>
        </div>
        </section>

        {{#juryLoaded}}
        <section id="to-discuss">
        <h2>{{labels.toDiscuss}}</h2>
        {{#hasToDiscuss}}<ul>{{#toDiscuss}}<li>{{.}}</li>{{/toDiscuss}}</ul>{{/hasToDiscuss}}
        {{^hasToDiscuss}}<p>{{labels.none}}</p>{{/hasToDiscuss}}
        </section>
        {{/juryLoaded}}

        <section id="ranking">
        <h2>{{labels.ranking}}</h2>
        {{#provisional}}<p><b>{{labels.provisional}}</b></p>{{/provisional}}
        {{#hasRanking}}
        <table class="ranking">
        <thead><tr><th class="num">{{labels.rank}}</th><th>{{labels.name}}</th><th>{{labels.territory}}</th><th class="num">{{labels.total}}</th>{{#scoreColumns}}<th class="num score" title="{{title}}">{{title}} <small>/{{weight}}</small></th>{{/scoreColumns}}<th class="num">{{labels.requested}}</th><th class="num">{{labels.award}}</th></tr></thead>
        <tbody>
        {{#ranking}}<tr class="{{#funded}}funded{{/funded}} {{#lineAfter}}line{{/lineAfter}}"><td class="num">{{rank}}</td><td class="name"><a href="#{{anchor}}">{{name}}</a></td><td>{{territory}}</td><td class="num"><b>{{total}}</b></td>{{#points}}<td class="num">{{value}}</td>{{/points}}<td class="num">{{requested}}</td><td class="num">{{award}}</td></tr>
        {{/ranking}}
        </tbody>
        </table>
        {{/hasRanking}}
        {{^hasRanking}}<p>{{labels.none}}</p>{{/hasRanking}}
        <p class="source">{{labels.tieBreak}}{{{colon}}}{{audit.tieBreak}}</p>
        </section>

        <section id="funding">
        <h2>{{labels.funding}}</h2>
        <p>{{labels.envelope}}{{{colon}}}{{envelope.total}}{{{semicolon}}}{{labels.minimum}}{{{colon}}}{{envelope.minimum}}{{{semicolon}}}{{labels.maximum}}{{{colon}}}{{envelope.maximum}}{{{semicolon}}}{{labels.regionCap}}{{{colon}}}{{envelope.regionCap}}.</p>
        <p><b>{{envelope.cutoff}}</b>. {{labels.used}}{{{colon}}}{{envelope.used}}{{{semicolon}}}{{labels.remainder}}{{{colon}}}{{envelope.remainder}}.</p>
        {{#hasRanking}}
        <table>
        <thead><tr><th class="num">{{labels.rank}}</th><th>{{labels.name}}</th><th>{{labels.region}}</th><th class="num">{{labels.requested}}</th><th class="num">{{labels.award}}</th><th>{{labels.decision}}</th></tr></thead>
        <tbody>
        {{#ranking}}<tr class="{{#funded}}funded{{/funded}} {{#lineAfter}}line{{/lineAfter}}"><td class="num">{{rank}}</td><td>{{name}}</td><td>{{region}}</td><td class="num">{{requested}}</td><td class="num">{{award}}</td><td>{{decision}}</td></tr>
        {{/ranking}}
        </tbody>
        </table>
        {{/hasRanking}}
        </section>

        <section id="below-threshold">
        <h2>{{labels.belowThreshold}}</h2>
        {{#hasBelowThreshold}}
        <table>
        <thead><tr><th class="num">{{labels.rank}}</th><th>{{labels.name}}</th><th>{{labels.territory}}</th><th class="num">{{labels.total}}</th>{{#scoreColumns}}<th class="num score">{{title}}</th>{{/scoreColumns}}</tr></thead>
        <tbody>
        {{#belowThreshold}}<tr><td class="num">{{rank}}</td><td><a href="#{{anchor}}">{{name}}</a></td><td>{{territory}}</td><td class="num">{{total}}</td>{{#points}}<td class="num">{{value}}</td>{{/points}}</tr>
        {{/belowThreshold}}
        </tbody>
        </table>
        {{/hasBelowThreshold}}
        {{^hasBelowThreshold}}<p>{{labels.none}}</p>{{/hasBelowThreshold}}
        </section>

        {{#juryLoaded}}
        <section id="pending-marks">
        <h2>{{labels.pendingMarks}}</h2>
        {{#pendingMarks}}
        <h3><a href="#{{anchor}}">{{name}}</a> <small class="source">{{file}}</small></h3>
        <ul>{{#flags}}<li>{{.}}</li>{{/flags}}</ul>
        {{/pendingMarks}}
        {{^hasPendingMarks}}<p>{{labels.none}}</p>{{/hasPendingMarks}}
        </section>
        {{/juryLoaded}}

        <section id="ineligible">
        <h2>{{labels.ineligible}}</h2>
        {{#ineligible}}
        <h3><a href="#{{anchor}}">{{name}}</a> <small class="source">{{file}}</small></h3>
        <ul>{{#reasons}}<li><b>{{title}}</b> — {{explanation}} <span class="source">({{source}})</span></li>{{/reasons}}</ul>
        {{/ineligible}}
        {{^hasIneligible}}<p>{{labels.none}}</p>{{/hasIneligible}}
        </section>

        <section id="incomplete">
        <h2>{{labels.incomplete}}</h2>
        {{#incomplete}}
        <h3><a href="#{{anchor}}">{{name}}</a> <small class="source">{{file}}</small></h3>
        <p>{{labels.undetermined}}{{{colon}}}{{undetermined}}</p>
        <ul>{{#missing}}<li>{{.}}</li>{{/missing}}</ul>
        {{/incomplete}}
        {{^hasIncomplete}}<p>{{labels.none}}</p>{{/hasIncomplete}}
        </section>

        <section id="unreadable">
        <h2>{{labels.unreadable}}</h2>
        {{#unreadable}}
        <h3><code>{{file}}</code></h3>
        <ul>{{#problems}}<li><code>{{.}}</code></li>{{/problems}}</ul>
        {{/unreadable}}
        {{^hasUnreadable}}<p>{{labels.none}}</p>{{/hasUnreadable}}
        </section>

        <section id="duplicates">
        <h2>{{labels.duplicates}}</h2>
        {{#hasDuplicates}}
        <p>{{labels.duplicatesRule}}</p>
        <table>
        <thead><tr><th>{{labels.file}}</th><th>{{labels.name}}</th><th>{{labels.duplicateOf}}</th><th>{{labels.reason}}</th></tr></thead>
        <tbody>
        {{#duplicates}}<tr><td><code>{{file}}</code></td><td>{{name}}</td><td><a href="#{{anchor}}"><code>{{original}}</code></a></td><td>{{reason}}</td></tr>
        {{/duplicates}}
        </tbody>
        </table>
        {{/hasDuplicates}}
        {{^hasDuplicates}}<p>{{labels.none}}</p>{{/hasDuplicates}}
        </section>

        <section id="cards" style="page-break-before: always">
        <h2>{{labels.cards}}</h2>
        {{#cards}}
        <article class="card" id="{{anchor}}">
        <h3>{{name}}</h3>
        <p class="meta"><span class="status {{statusClass}}">{{status}}</span> — {{labels.total}} {{total}} / {{maximum}} — {{territory}} — {{labels.requested}} {{requested}} — <code>{{file}}</code></p>
        {{{breakdownChart}}}
        <table>
        <thead><tr><th>{{labels.criterion}}</th><th>{{labels.outcome}}</th><th class="num">{{labels.points}}</th><th>{{labels.explanation}}</th></tr></thead>
        <tbody>
        {{#results}}<tr><td>{{title}} <small class="source">({{kind}})</small></td><td class="{{outcomeClass}}">{{mark}} {{outcome}}</td><td class="num">{{points}}</td><td><span class="explanation">{{explanation}}</span>{{#missing}}<br><i>{{.}}</i>{{/missing}}<br><span class="source">{{source}}</span></td></tr>
        {{/results}}
        </tbody>
        </table>
        <div class="grid">
        <div><h4>{{labels.composition}}</h4><table>{{#composition}}<tr><td>{{label}}</td><td class="num">{{value}}</td></tr>{{/composition}}</table></div>
        <div><h4>{{labels.budgetPath}}</h4><table><tr><th>{{labels.year}}</th><th class="num">{{labels.ownShare}}</th></tr>{{#ownShares}}<tr><td>{{year}}</td><td class="num">{{value}}</td></tr>{{/ownShares}}</table>
        <p>{{labels.largestFunder}}{{{colon}}}{{largestFunder}} ({{largestFunderShare}}) — {{labels.concentration}}{{{colon}}}{{concentration}}</p></div>
        </div>
        {{#hasJury}}<h4>{{labels.jury}}</h4><table><thead><tr><th>{{labels.criterion}}</th><th>{{labels.marks}}</th><th class="num">{{labels.consensus}}</th></tr></thead><tbody>{{#jury}}<tr><td>{{criterion}}</td><td>{{marks}}</td><td class="num">{{consensus}}</td></tr>{{/jury}}</tbody></table>{{/hasJury}}
        <div class="descriptive"><b>{{labels.descriptive}}</b><br>{{labels.typology}}{{{colon}}}{{typology}}<br>{{labels.publicRole}}{{{colon}}}{{publicRole}}<br><small>{{labels.reading}}{{{colon}}}{{reasoning}}. {{labels.descriptiveNote}}</small></div>
        <p class="hash">SHA-256 {{sha256}}</p>
        </article>
        {{/cards}}
        </section>

        <section id="audit">
        <h2>{{labels.audit}}</h2>
        <p>{{labels.tool}}{{{colon}}}{{audit.tool}} — {{labels.asOf}}{{{colon}}}{{audit.asOf}}</p>
        <p>{{labels.criteriaFile}}{{{colon}}}<code>{{audit.criteriaPath}}</code><br><span class="hash">SHA-256 {{audit.criteriaSHA}}</span></p>
        <h3>{{labels.parameters}}</h3>
        <table><thead><tr><th>{{labels.parameter}}</th><th>{{labels.value}}</th><th>{{labels.source}}</th></tr></thead><tbody>
        {{#audit.parameters}}<tr><td><code>{{name}}</code></td><td>{{value}}</td><td class="source">{{source}}</td></tr>
        {{/audit.parameters}}
        </tbody></table>
        <h3>{{labels.inputs}}</h3>
        <table><thead><tr><th>{{labels.file}}</th><th>SHA-256</th></tr></thead><tbody>
        {{#audit.files}}<tr><td><code>{{file}}</code></td><td class="hash">{{sha256}}</td></tr>
        {{/audit.files}}
        </tbody></table>
        {{#audit.hasMarksFiles}}
        <h3>{{labels.marksFiles}}</h3>
        <table><thead><tr><th>{{labels.file}}</th><th>SHA-256</th></tr></thead><tbody>
        {{#audit.marksFiles}}<tr><td><code>{{file}}</code></td><td class="hash">{{sha256}}</td></tr>
        {{/audit.marksFiles}}
        </tbody></table>
        {{/audit.hasMarksFiles}}
        </section>
        </body>
        </html>

        """#

    static let markdown = #"""
        # {{{title}}}

        {{{callID}}} — {{{labels.asOf}}}{{{colon}}}{{{asOf}}} — {{{labels.generated}}} {{{toolVersion}}}

        ## {{{labels.summary}}}

        {{#counts}}
        - {{{label}}}{{{colon}}}**{{{value}}}**
        {{/counts}}
        {{#hasDuplicates}}

        **{{{duplicatesNote}}}**
        {{/hasDuplicates}}

        {{{labels.envelope}}}{{{colon}}}{{{envelope.total}}} — {{{labels.used}}}{{{colon}}}{{{envelope.used}}} — {{{labels.remainder}}}{{{colon}}}{{{envelope.remainder}}}

        {{#juryLoaded}}
        ## {{{labels.toDiscuss}}}

        {{#toDiscuss}}
        - {{{.}}}
        {{/toDiscuss}}
        {{^hasToDiscuss}}
        {{{labels.none}}}
        {{/hasToDiscuss}}

        {{/juryLoaded}}
        ## {{{labels.ranking}}}

        {{#provisional}}
        **{{{labels.provisional}}}**

        {{/provisional}}
        {{#hasRanking}}
        | {{{labels.rank}}} | {{{labels.name}}} | {{{labels.territory}}} | {{{labels.total}}} |{{#scoreColumns}} {{{title}}} (/{{{weight}}}) |{{/scoreColumns}} {{{labels.requested}}} | {{{labels.award}}} |
        |---:|---|---|---:|{{#scoreColumns}}---:|{{/scoreColumns}}---:|---:|
        {{#ranking}}
        | {{{rank}}} | {{{name}}} | {{{territory}}} | **{{{total}}}** |{{#points}} {{{value}}} |{{/points}} {{{requested}}} | {{{award}}} |
        {{#lineAfter}}
        | — | **— {{{labels.fundingLine}}} —** | | |{{#scoreColumns}} |{{/scoreColumns}} | |
        {{/lineAfter}}
        {{/ranking}}

        {{/hasRanking}}
        {{^hasRanking}}
        {{{labels.none}}}

        {{/hasRanking}}
        {{{labels.tieBreak}}}{{{colon}}}{{{audit.tieBreak}}}

        ## {{{labels.funding}}}

        {{{labels.envelope}}}{{{colon}}}{{{envelope.total}}}{{{semicolon}}}{{{labels.minimum}}}{{{colon}}}{{{envelope.minimum}}}{{{semicolon}}}{{{labels.maximum}}}{{{colon}}}{{{envelope.maximum}}}{{{semicolon}}}{{{labels.regionCap}}}{{{colon}}}{{{envelope.regionCap}}}.

        **{{{envelope.cutoff}}}**. {{{labels.used}}}{{{colon}}}{{{envelope.used}}}{{{semicolon}}}{{{labels.remainder}}}{{{colon}}}{{{envelope.remainder}}}.

        {{#hasRanking}}
        | {{{labels.rank}}} | {{{labels.name}}} | {{{labels.region}}} | {{{labels.requested}}} | {{{labels.award}}} | {{{labels.decision}}} |
        |---:|---|---|---:|---:|---|
        {{#ranking}}
        | {{{rank}}} | {{{name}}} | {{{region}}} | {{{requested}}} | {{{award}}} | {{{decision}}} |
        {{/ranking}}

        {{/hasRanking}}
        ## {{{labels.belowThreshold}}}

        {{#belowThreshold}}
        - {{{name}}} — {{{labels.total}}} {{{total}}} ({{{file}}})
        {{/belowThreshold}}
        {{^hasBelowThreshold}}
        {{{labels.none}}}
        {{/hasBelowThreshold}}

        {{#juryLoaded}}
        ## {{{labels.pendingMarks}}}

        {{#pendingMarks}}
        - {{{name}}} ({{{file}}}){{#flags}} — {{{.}}}{{/flags}}
        {{/pendingMarks}}
        {{^hasPendingMarks}}
        {{{labels.none}}}
        {{/hasPendingMarks}}

        {{/juryLoaded}}
        ## {{{labels.ineligible}}}

        {{#ineligible}}
        ### {{{name}}} ({{{file}}})

        {{#reasons}}
        - **{{{title}}}** — {{{explanation}}} ({{{source}}})
        {{/reasons}}

        {{/ineligible}}
        {{^hasIneligible}}
        {{{labels.none}}}

        {{/hasIneligible}}
        ## {{{labels.incomplete}}}

        {{#incomplete}}
        ### {{{name}}} ({{{file}}})

        {{{labels.undetermined}}}{{{colon}}}{{{undetermined}}}

        {{#missing}}
        - {{{.}}}
        {{/missing}}

        {{/incomplete}}
        {{^hasIncomplete}}
        {{{labels.none}}}

        {{/hasIncomplete}}
        ## {{{labels.unreadable}}}

        {{#unreadable}}
        ### {{{file}}}

        {{#problems}}
        - {{{.}}}
        {{/problems}}

        {{/unreadable}}
        {{^hasUnreadable}}
        {{{labels.none}}}

        {{/hasUnreadable}}
        ## {{{labels.duplicates}}}

        {{#hasDuplicates}}
        {{{labels.duplicatesRule}}}

        | {{{labels.file}}} | {{{labels.name}}} | {{{labels.duplicateOf}}} | {{{labels.reason}}} |
        |---|---|---|---|
        {{#duplicates}}
        | {{{file}}} | {{{name}}} | {{{original}}} | {{{reason}}} |
        {{/duplicates}}

        {{/hasDuplicates}}
        {{^hasDuplicates}}
        {{{labels.none}}}

        {{/hasDuplicates}}
        ## {{{labels.cards}}}

        {{#cards}}
        ### {{{name}}}

        **{{{status}}}** — {{{labels.total}}} {{{total}}} / {{{maximum}}} — {{{territory}}} — {{{labels.requested}}} {{{requested}}} — {{{file}}}

        | {{{labels.criterion}}} | {{{labels.outcome}}} | {{{labels.points}}} | {{{labels.explanation}}} |
        |---|---|---:|---|
        {{#results}}
        | {{{title}}} ({{{kind}}}) | {{{mark}}} {{{outcome}}} | {{{points}}} | {{{explanation}}} |
        {{/results}}

        {{{labels.composition}}}{{{colon}}}{{#composition}}{{{label}}} {{{value}}}{{{semicolon}}}{{/composition}}

        {{{labels.budgetPath}}}{{{colon}}}{{#ownShares}}{{{labels.year}}} {{{year}}}{{{colon}}}{{{value}}}{{{semicolon}}}{{/ownShares}}{{{labels.largestFunder}}}{{{colon}}}{{{largestFunder}}} ({{{largestFunderShare}}}){{{semicolon}}}{{{labels.concentration}}}{{{colon}}}{{{concentration}}}

        {{#hasJury}}
        | {{{labels.criterion}}} | {{{labels.marks}}} | {{{labels.consensus}}} |
        |---|---|---:|
        {{#jury}}
        | {{{criterion}}} | {{{marks}}} | {{{consensus}}} |
        {{/jury}}

        {{/hasJury}}
        *{{{labels.descriptive}}}* — {{{labels.typology}}}{{{colon}}}{{{typology}}}{{{semicolon}}}{{{labels.publicRole}}}{{{colon}}}{{{publicRole}}}. {{{labels.reading}}}{{{colon}}}{{{reasoning}}}.

        {{/cards}}
        ## {{{labels.audit}}}

        - {{{labels.tool}}}{{{colon}}}{{{audit.tool}}}
        - {{{labels.asOf}}}{{{colon}}}{{{audit.asOf}}}
        - {{{labels.criteriaFile}}}{{{colon}}}{{{audit.criteriaPath}}} — SHA-256 `{{{audit.criteriaSHA}}}`

        ### {{{labels.parameters}}}

        | {{{labels.parameter}}} | {{{labels.value}}} | {{{labels.source}}} |
        |---|---|---|
        {{#audit.parameters}}
        | `{{{name}}}` | {{{value}}} | {{{source}}} |
        {{/audit.parameters}}

        ### {{{labels.inputs}}}

        | {{{labels.file}}} | SHA-256 |
        |---|---|
        {{#audit.files}}
        | {{{file}}} | `{{{sha256}}}` |
        {{/audit.files}}
        {{#audit.hasMarksFiles}}

        ### {{{labels.marksFiles}}}

        | {{{labels.file}}} | SHA-256 |
        |---|---|
        {{#audit.marksFiles}}
        | {{{file}}} | `{{{sha256}}}` |
        {{/audit.marksFiles}}
        {{/audit.hasMarksFiles}}

        """#
}
