/// The report's style sheet: a light, typographic page — a readable measure, a sticky table
/// of contents on wide screens, code in a good monospace font on a faint background, cells
/// framed by a hairline, outputs set apart, errors in a red box. Highlighting classes are the
/// lexer's token categories (`tok-keyword`, …). Inlined into every report; no web fonts, no
/// JavaScript.
enum ReportStyle {
    static let css = """
    :root {
      --text: #1f2328; --muted: #667085; --faint: #98a2b3; --rule: #e4e7ec; --paper: #ffffff;
      --code-bg: #f7f8fa; --output-bg: #ffffff; --accent: #2f5fb3; --error: #b42318;
      --error-bg: #fef3f2; --error-rule: #fecdca; --ok: #067647;
      --serif: "Charter", "Bitstream Charter", "Iowan Old Style", "Georgia", "Liberation Serif", "DejaVu Serif", serif;
      --sans: system-ui, -apple-system, "Segoe UI", "Inter", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif;
      --mono: "JetBrains Mono", "SF Mono", "Cascadia Code", "Menlo", "Consolas", "DejaVu Sans Mono", "Liberation Mono", monospace;
    }
    * { box-sizing: border-box; }
    html { background: var(--paper); }
    body { margin: 0; color: var(--text); font: 17px/1.65 var(--serif); -webkit-font-smoothing: antialiased; }
    .layout { display: grid; grid-template-columns: 13rem minmax(0, 46rem) 13rem; justify-content: center; gap: 0 3rem;
      padding: 3.5rem 2rem 4rem; }
    main { grid-column: 2; grid-row: 1; min-width: 0; }
    nav.toc { grid-column: 1; grid-row: 1; width: 13rem; position: sticky; top: 3.5rem; align-self: start;
      max-height: calc(100vh - 5rem); overflow: auto; font: 13.5px/1.5 var(--sans); }
    nav.toc .toc-title { text-transform: uppercase; letter-spacing: .08em; font-size: 11px; font-weight: 600;
      color: var(--faint); margin: 0 0 .6rem; }
    nav.toc ol { list-style: none; margin: 0; padding: 0; }
    nav.toc li { margin: .15rem 0; }
    nav.toc li.toc-3 { padding-left: .9rem; }
    nav.toc a { color: var(--muted); text-decoration: none; display: block; padding: .1rem 0 .1rem .7rem;
      border-left: 2px solid var(--rule); }
    nav.toc a:hover { color: var(--accent); border-left-color: var(--accent); }
    @media (max-width: 1240px) {
      .layout { grid-template-columns: 13rem minmax(0, 46rem); }
    }
    @media (max-width: 1000px) {
      .layout { display: block; max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
      nav.toc { position: static; width: auto; max-height: none; margin: 0 0 2rem; padding: 1rem 1.25rem;
        background: var(--code-bg); border-radius: 8px; }
    }
    h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; letter-spacing: -.01em; color: #101828; }
    h1 { font-size: 2.1rem; margin: 0 0 1.2rem; font-weight: 700; }
    h2 { font-size: 1.45rem; margin: 2.6rem 0 .8rem; padding-bottom: .35rem; border-bottom: 1px solid var(--rule); font-weight: 650; }
    h3 { font-size: 1.15rem; margin: 2rem 0 .6rem; font-weight: 650; }
    h4 { font-size: 1rem; margin: 1.6rem 0 .5rem; }
    p, ul, ol, blockquote, table { margin: 0 0 1.05rem; }
    a { color: var(--accent); text-underline-offset: 2px; }
    blockquote { margin-left: 0; padding: .1rem 1.1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    hr { border: 0; border-top: 1px solid var(--rule); margin: 2.2rem 0; }
    img { max-width: 100%; }
    code { font-family: var(--mono); font-size: .84em; background: var(--code-bg); padding: .12em .35em;
      border-radius: 4px; border: 1px solid #eef0f3; }
    pre { font-family: var(--mono); font-size: 13.5px; line-height: 1.55; overflow-x: auto; margin: 0; }
    pre code { background: none; border: 0; padding: 0; font-size: inherit; }
    main > pre { background: var(--code-bg); padding: .8rem 1rem; border-radius: 8px; margin-bottom: 1.1rem; }
    table { border-collapse: collapse; font: 14.5px/1.5 var(--sans); display: block; overflow-x: auto; }
    th, td { border-bottom: 1px solid var(--rule); padding: .4rem .8rem; text-align: left; }
    th { font-weight: 600; border-bottom: 2px solid #d0d5dd; }
    tr:nth-child(even) td { background: #fafbfc; }
    del { color: var(--muted); }
    .title-block { margin-bottom: 2.2rem; }
    .title-block .subtitle { font: 14px/1.5 var(--sans); color: var(--muted); margin: -.4rem 0 0; }
    .params { font: 13px/1.5 var(--mono); color: var(--muted); margin: -.3rem 0 1.6rem; }
    .params span { background: var(--code-bg); border: 1px solid var(--rule); border-radius: 4px; padding: .1rem .4rem;
      margin-right: .4rem; white-space: nowrap; }
    math { font-family: "STIX Two Math", "Latin Modern Math", "Cambria Math", "DejaVu Math TeX Gyre", math; font-size: .96em; }
    .math-display { margin: 1.1rem 0 1.3rem; overflow-x: auto; overflow-y: hidden; }
    .math-display math { font-size: 1.15em; }
    merror { color: var(--error); border: 1px dashed var(--error-rule); }
    .cell { margin: 1.4rem 0 1.8rem; border: 1px solid var(--rule); border-radius: 10px; overflow: hidden;
      background: var(--paper); box-shadow: 0 1px 2px rgba(16, 24, 40, .04); }
    .cell-head { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem;
      font: 12px/1 var(--sans); color: var(--faint); padding: .55rem 1rem .45rem; background: var(--code-bg); }
    .cell-head .cell-name { font-weight: 600; color: var(--muted); letter-spacing: .02em; }
    .cell-head .cell-time { font-variant-numeric: tabular-nums; }
    .cell-code { background: var(--code-bg); padding: .3rem 1rem .85rem; }
    .cell-section { border-top: 1px solid var(--rule); padding: .75rem 1rem; }
    .cell-output pre { color: #344054; white-space: pre-wrap; word-break: break-word; }
    .cell-result { display: flex; gap: .7rem; align-items: baseline; }
    .cell-result .mark { font: 600 11px/1 var(--sans); color: var(--ok); text-transform: uppercase; letter-spacing: .06em;
      flex: none; }
    .cell-result pre { white-space: pre-wrap; word-break: break-word; }
    .cell-figure { margin: 0; text-align: center; }
    .cell-figure img { display: inline-block; height: auto; }
    .cell-figure figcaption { font: 12px/1.4 var(--mono); color: var(--faint); margin-top: .4rem; }
    .cell-progress { font: 12.5px/1.4 var(--sans); color: var(--muted); }
    .cell-progress .bar { display: inline-block; width: 7rem; height: 5px; border-radius: 3px; background: var(--rule);
      vertical-align: middle; margin-right: .6rem; overflow: hidden; }
    .cell-progress .bar i { display: block; height: 100%; background: var(--accent); }
    .cell-error { background: var(--error-bg); border-top: 1px solid var(--error-rule); padding: .7rem 1rem .8rem; }
    .cell-error .error-head { font: 600 11.5px/1 var(--sans); text-transform: uppercase; letter-spacing: .07em;
      color: var(--error); margin-bottom: .5rem; }
    .cell-error pre { color: #7a271a; white-space: pre-wrap; overflow-wrap: anywhere; }
    .cell.expected-error .cell-error { background: #fffaeb; border-top-color: #fedf89; }
    .cell.expected-error .cell-error .error-head { color: #b54708; }
    .cell.expected-error .cell-error pre { color: #7a2e0e; }
    .cell.failed { border-color: var(--error-rule); }
    .cell.not-run { opacity: .6; }
    .cell-note { font: 12.5px/1.4 var(--sans); color: var(--muted); font-style: italic; }
    footer.report-footer { margin-top: 3.5rem; padding-top: 1rem; border-top: 1px solid var(--rule);
      font: 12.5px/1.6 var(--sans); color: var(--faint); display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; }
    footer.report-footer strong { color: var(--muted); font-weight: 600; }
    footer.report-footer .status-ok { color: var(--ok); }
    footer.report-footer .status-failed { color: var(--error); }
    .footnotes { font-size: .9em; color: var(--muted); border-top: 1px solid var(--rule); margin-top: 2.5rem; padding-top: .5rem; }
    .tok-keyword { color: #9b2393; font-weight: 600; }
    .tok-literalKeyword { color: #9b2393; }
    .tok-typeName { color: #0b4f79; }
    .tok-builtin { color: #326d74; }
    .tok-identifier { color: #1f2328; }
    .tok-number { color: #1c00cf; }
    .tok-string { color: #c41a16; }
    .tok-interpolation { color: #9b2393; }
    .tok-symbol { color: #3900a0; }
    .tok-operator { color: #4b5563; }
    .tok-punctuation { color: #4b5563; }
    .tok-comment { color: #5d6c79; font-style: italic; }
    .tok-error { color: var(--error); text-decoration: wavy underline var(--error); }
    @media print {
      nav.toc { display: none; }
      .layout { display: block; padding: 0; }
      .cell { break-inside: avoid; box-shadow: none; }
    }
    """
}
