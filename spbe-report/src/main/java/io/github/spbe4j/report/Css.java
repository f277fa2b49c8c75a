package io.github.spbe4j.report;

/** The page's style sheet, inline: for the screen and for print (A4, no background lost, sections not split). */
final class Css {

    static final String TEXT = """
            :root { --ink: #1d2733; --muted: #5b6775; --rule: #d5dbe1; --bar: #1f5f99; --bar-strong: #123f66; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: #fff;
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
            h1 { font-size: 1.9rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
            .subtitle, .caption, .note, .footer { color: var(--muted); }
            .headline { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
            .headline > span { display: flex; flex-direction: column; padding: .6rem 1.2rem; border-radius: .5rem;
              border: 1px solid var(--rule); }
            .headline-label { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
            .index-value { font-size: 3rem; line-height: 1.1; }
            .predikat-value { font-size: 2rem; line-height: 1.1; padding-top: .5rem; }
            .predikat-0 { background: #f8d7da; } .predikat-1 { background: #fde2c4; } .predikat-2 { background: #fff3bf; }
            .predikat-3 { background: #d3f0d8; } .predikat-4 { background: #b7e4c7; }
            .facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
            .facts dt { color: var(--muted); } .facts dd { margin: 0; }
            .contents ul { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; }
            .figure { margin: 0; overflow-x: auto; }
            svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }
            .band-0 { fill: #f8d7da; } .band-1 { fill: #fde2c4; } .band-2 { fill: #fff3bf; } .band-3 { fill: #d3f0d8; }
            .band-4 { fill: #b7e4c7; }
            .band-label { font-size: 10px; fill: var(--muted); }
            .tick { stroke: #9aa5b1; stroke-width: .5; } .tick-label { font-size: 10px; fill: var(--muted); }
            .bar { fill: var(--bar); } .bar-strong { fill: var(--bar-strong); }
            .label { fill: var(--ink); } .label-strong { font-weight: 700; } .value { fill: var(--ink); font-size: 11px; }
            .bar-self { fill: #c0392b; } .self-label { fill: #c0392b; font-weight: 700; font-size: 12px; }
            .marker { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 5 3; } .marker.target { stroke: #c0392b; }
            .marker-label { font-size: 11px; fill: var(--ink); }
            .trend { fill: none; stroke: var(--bar); stroke-width: 2.5; } .point { fill: var(--bar-strong); }
            .framework-change { stroke: #6c3483; stroke-width: 1.5; stroke-dasharray: 4 3; } .framework-label { font-size: 11px; fill: #6c3483; }
            tr.self th, tr.self td { font-weight: 700; background: #fdecea; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: .85rem; }
            th, td { border-bottom: 1px solid var(--rule); padding: .25rem .4rem; vertical-align: top; text-align: left; }
            thead th { border-bottom: 2px solid var(--ink); }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .footer { margin-top: 2rem; font-size: .8rem; border-top: 1px solid var(--rule); }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .contents { display: none; }
              .figure, svg.chart, .headline { break-inside: avoid; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              .table-wrap, .figure { overflow: visible; }
            }
            """;

    private Css() {
    }
}
