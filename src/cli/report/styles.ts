/** The report's colours, style sheet and filter script (inline in the page: no external request). */

/** Colours of the charts and highlights. */
export const COLORS = { pos: '#1a9850', neg: '#d73027', neu: '#9e9e9e', axis: '#555', grid: '#e4e4e4' };

/** The page's style sheet. */
export const CSS = `
:root{color-scheme:light}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif;margin:0;background:#f6f6f4;color:#222}
main{max-width:1000px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:14px 0 4px}
.sub{color:#666;margin:0 0 16px}
.kpis{display:flex;gap:12px;flex-wrap:wrap}
.kpi{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:130px}
.kpi b{display:block;font-size:22px}
.kpi.neg b{color:${COLORS.neg}}.kpi.pos b{color:${COLORS.pos}}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 14px;margin:10px 0;overflow-x:auto}
svg .tick,svg .label,svg .value{font-size:11px;fill:#444}
svg.chart{width:100%;height:auto;max-width:900px;display:block}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e6e6e6;padding:5px 8px;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left;white-space:normal}
thead th{background:#fafafa}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:14px}
@media (max-width:800px){.cols{grid-template-columns:1fr}}
mark.neg{background:#f8c9c4;color:inherit;border-bottom:2px solid ${COLORS.neg}}
mark.pos{background:#c7ebcf;color:inherit;border-bottom:2px solid ${COLORS.pos}}
blockquote{margin:0;white-space:pre-wrap;word-break:break-word}
ol.examples{padding-left:20px}ol.examples li{margin:8px 0}
.meta{color:#777;font-size:12px}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
.empty{color:#888}
footer{color:#888;font-size:12px;margin-top:32px}
mark.cue{background:#fde9a8;color:inherit;border-bottom:2px solid #b8860b}
.filters{position:sticky;top:0;background:#f6f6f4;padding:8px 0;display:flex;gap:14px;align-items:center;z-index:1}
.hidden{display:none}
`;

/**
 * The page's only script: the topic and agency selects hide every element of
 * class `f` whose `data-topic` / `data-entity` differs from the selection
 * (elements without the attribute are not filtered by it). No network, no
 * `innerHTML`: it only toggles a class and writes a count as text.
 */
export const SCRIPT = `(function(){
var t=document.getElementById('filter-topic'),e=document.getElementById('filter-entity'),c=document.getElementById('filter-count');
function ok(el,attr,v){return !v||!el.hasAttribute(attr)||el.getAttribute(attr)===v}
function apply(){var rows=document.querySelectorAll('.f'),shown=0;
for(var i=0;i<rows.length;i++){var r=rows[i],show=ok(r,'data-topic',t.value)&&ok(r,'data-entity',e.value);r.classList.toggle('hidden',!show);if(show)shown++}
c.textContent=(t.value||e.value)?shown+' dari '+rows.length+' baris':''}
t.addEventListener('change',apply);e.addEventListener('change',apply);apply()})();`;
