/**
 * The HTML edition's stylesheet, inlined so the file is self-contained: readable on a phone (one column,
 * witnesses stacked), side by side on a wide screen, and a print stylesheet (no navigation, page breaks
 * kept out of notes and witness boxes, link targets not printed).
 */
export const EDITION_CSS = `
:root{--ink:#1d1d1f;--muted:#5b5b66;--rule:#d9d9e0;--paper:#fff;--claim:#fff1c2;--quote:#dcefff;--crossref:#e4f5e1;--note:#f7e1f0;--critical:#b00020;--major:#b35900;--minor:#586069;--info:#8a8f98}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.05rem/1.6 Georgia,"Times New Roman",serif}
header.edition-head,main,footer.edition-foot{max-width:54rem;margin:0 auto;padding:0 1rem}
header.edition-head{padding-top:1.5rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.8rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.4rem;margin:2.2rem 0 .6rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.15rem;margin:1.6rem 0 .4rem}
.subtitle,.doc-meta,.cluster-meta,.lead,.who,.offsets{color:var(--muted);font-size:.9rem}
nav.toc ol{padding-left:1.2rem;margin:.3rem 0 1rem}
.text p{margin:0 0 .7rem}
.text h3{font-size:1.1rem}
.text h4,.text h5,.text h6{font-size:1rem;margin:1.2rem 0 .3rem}
.text blockquote{margin:0 0 .7rem;padding:0 0 0 .9rem;border-left:3px solid var(--rule)}
.text ul,.text ol{margin:0 0 .7rem;padding-left:1.6rem}
.text li>p{margin:0 0 .25rem}
.text pre{margin:0 0 .7rem;padding:.5rem .7rem;background:#f6f6f8;white-space:pre-wrap;overflow-wrap:anywhere}
.text code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.text hr{border:0;border-top:1px solid var(--rule);margin:1rem 0}
mark.a{background:none;padding:0 .05em;border-bottom:2px solid #999}
mark.k-claim{background:var(--claim);border-bottom-color:#e0a800}
mark.k-quote{background:var(--quote);border-bottom-color:#3d8bd9}
mark.k-crossref{background:var(--crossref);border-bottom-color:#3c9a3c}
mark.k-note{background:var(--note);border-bottom-color:#b0479a}
mark.flagged{outline:2px solid var(--critical);outline-offset:1px}
sup.ref{font-size:.72em;line-height:0;font-family:system-ui,sans-serif}
sup.ref a{text-decoration:none;padding:0 .1em}
.notes{border-top:1px solid var(--rule);margin-top:1.5rem;font-size:.93rem}
.notes ol{padding-left:2.2rem}
.notes li{margin:.4rem 0 .8rem;break-inside:avoid}
.notes li p{margin:.15rem 0}
.kind{font-family:system-ui,sans-serif;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.flag{color:var(--critical);font-weight:bold}
.back{font-family:system-ui,sans-serif;text-decoration:none;margin-left:.3rem}
.witnesses{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem;margin:.6rem 0}
figure.witness{margin:0;border:1px solid var(--rule);border-radius:4px;padding:.5rem .7rem;break-inside:avoid}
figcaption{font-family:system-ui,sans-serif;font-size:.82rem;color:var(--muted);margin-bottom:.3rem}
.siglum{font-family:system-ui,sans-serif;font-weight:bold;color:var(--ink)}
blockquote.witness-text{margin:0;font-size:.95rem;overflow-wrap:anywhere}
mark.v{background:#fff3b0;border-bottom:2px solid var(--minor)}
mark.sev-critical,.gap.sev-critical{background:#ffd6dc;border-bottom-color:var(--critical)}
mark.sev-major,.gap.sev-major{background:#ffe6c7;border-bottom-color:var(--major)}
mark.sev-info{background:#f0f0f3;border-bottom-color:var(--info)}
.gap{color:var(--critical);font-weight:bold;padding:0 .1em}
.table-scroll{overflow-x:auto}
table.variants{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
table.variants th,table.variants td{border-top:1px solid var(--rule);padding:.35rem .4rem;text-align:left;vertical-align:top}
tr{break-inside:avoid}
.badge{display:inline-block;font-family:system-ui,sans-serif;font-size:.75rem;border-radius:3px;padding:0 .35em;border:1px solid currentColor}
.badge.sev-critical{color:var(--critical)}.badge.sev-major{color:var(--major)}.badge.sev-minor{color:var(--minor)}.badge.sev-info{color:var(--info)}
.explanation{color:var(--muted);font-size:.85rem}
ul.readings{list-style:none;margin:0;padding:0}
ul.readings li{margin:.1rem 0}
.reading{background:#f6f6f8;padding:0 .2em}
.wits{font-family:system-ui,sans-serif;font-size:.8rem;color:var(--muted)}
.review{margin:0}
.status-confirmed strong{color:var(--critical)}.status-dismissed strong,.status-resolved strong{color:#2f7d32}
.status-none{color:var(--muted);font-style:italic}
.cluster-kind{font-family:system-ui,sans-serif;font-size:.75rem;color:var(--muted);text-transform:uppercase}
.empty{color:var(--muted);font-style:italic}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
footer.edition-foot{border-top:1px solid var(--rule);margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
@media (max-width:36rem){body{font-size:1rem}h1{font-size:1.5rem}.notes ol{padding-left:1.6rem}}
@media print{
  body{font-size:10.5pt;line-height:1.45}
  header.edition-head,main,footer.edition-foot{max-width:none;padding:0}
  nav.toc,.back{display:none}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid;page-break-after:avoid}
  h3{break-after:avoid}
  article.document,section.apparatus{break-before:page}
  article.document:first-of-type{break-before:auto}
  details.minor-variants{display:block}
  .table-scroll{overflow:visible}
  mark,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
