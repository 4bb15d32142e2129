namespace PerfIndicators.Formats.Html;

/// <summary>The inline stylesheet and script of the HTML report (no external resources).</summary>
internal static class HtmlAssets
{
    /// <summary>Screen and print styles.</summary>
    public const string Css = """

:root{--ink:#1d2b3a;--muted:#5f6b7a;--line:#d9dee5;--band:#f4f6f9;--accent:#1565c0}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
.page-head{padding:20px 28px 12px;border-bottom:3px solid var(--accent)}
.page-head h1{margin:0 0 4px;font-size:24px}
.page-head p{margin:0;color:var(--muted)}
main{display:flex;flex-direction:column;padding:0 28px 24px;max-width:1400px}
#summary{order:-1}
.block{margin-top:22px}
h2{font-size:18px;margin:0 0 8px;padding-left:8px;border-left:4px solid var(--accent)}
.note{color:var(--muted);margin:4px 0 8px}
.kpis{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:12px}
.kpi{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:118px;background:var(--band)}
.kpi-label{color:var(--muted);font-size:12px}
.kpi-value{font-size:22px;font-weight:600}
.kpi-value small{font-size:12px;font-weight:400;margin-left:2px;color:var(--muted)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:16px}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px}
figure.wide{grid-column:1/-1}
figure.wide svg.chart{max-width:900px;margin:0 auto}
figcaption{text-align:center;color:var(--muted);font-size:13px}
svg.chart{display:block;width:100%;height:auto;max-width:100%}
svg .label{font-size:11px;fill:var(--muted)}
svg .value{font-size:11px;fill:var(--ink)}
svg .small{font-size:9px}
.scroll{overflow-x:auto}
table.data,table.ledger{border-collapse:collapse;width:100%;font-size:13px}
table.compact{width:auto}
table.data th,table.data td,table.ledger th,table.ledger td{border:1px solid var(--line);padding:4px 7px;text-align:left;vertical-align:top}
table.data thead th{background:var(--band);position:sticky;top:0;white-space:nowrap}
table.data tbody tr:nth-child(even){background:#fafbfc}
td[data-v]{text-align:right;font-variant-numeric:tabular-nums}
td.c-grade,td.c-name,td.c-department,td.c-unit,td.c-source{text-align:left}
td.c-source{color:var(--muted);font-size:12px;word-break:break-all}
table.ledger caption{text-align:left;font-weight:600;margin-bottom:4px}
table.ledger th{width:110px;background:var(--band)}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th::after{content:" ↕";color:#aab3bf;font-size:11px}
table.sortable th[aria-sort=ascending]::after{content:" ▲";color:var(--accent)}
table.sortable th[aria-sort=descending]::after{content:" ▼";color:var(--accent)}
.grade{display:inline-block;min-width:1.8em;text-align:center;border-radius:3px;color:#fff;padding:0 4px}
.g0{background:#2e7d32}.g1{background:#1565c0}.g2{background:#ef8f00}.g3{background:#c62828}.g9{background:#8a94a3}
.tag{font-size:11px;border:1px solid var(--muted);border-radius:3px;padding:0 3px;color:var(--muted)}
.warn{color:#c62828}
.page-foot{color:var(--muted);font-size:12px;padding:12px 28px 24px}
@media print{
 body{font-size:10pt}
 main{padding:0 8mm;max-width:none}
 .page-head{padding:6mm 8mm 3mm}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 figure,.kpis,table.ledger{break-inside:avoid}
 tr{break-inside:avoid}
 table.data thead th{position:static}
 table.sortable th::after{content:""}
 .scroll{overflow:visible}
 .charts{grid-template-columns:1fr 1fr}
}

""";

    /// <summary>
    /// Moves the summary above the project table, makes tables with class <c>sortable</c> sort by a clicked column
    /// (numbers by their <c>data-v</c>, empty values last, ties in original order), and applies <c>#sort=[table:][-]key</c>
    /// from the address at load and on change. Marks the document <c>data-ready</c> when done.
    /// </summary>
    public const string Script = """

(function(){
var main=document.getElementById('report'),summary=document.getElementById('summary');
if(main&&summary){main.insertBefore(summary,main.firstChild);}
function value(cell){var v=cell.getAttribute('data-v');return v===null?cell.textContent.trim():v;}
function sortTable(table,col,desc){
 var ths=table.tHead.rows[0].cells,th=ths[col],numeric=th.getAttribute('data-type')==='num';
 var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
 rows.sort(function(a,b){
  var x=value(a.cells[col]),y=value(b.cells[col]),c;
  if(numeric){var p=x===''?NaN:parseFloat(x),q=y===''?NaN:parseFloat(y);
   if(isNaN(p)||isNaN(q)){if(isNaN(p)&&!isNaN(q))return 1;if(!isNaN(p)&&isNaN(q))return -1;c=0;}else{c=p-q;}}
  else{c=x.localeCompare(y,'zh-CN');}
  if(desc){c=-c;}
  return c||(a._order-b._order);
 });
 var fragment=document.createDocumentFragment();
 rows.forEach(function(r){fragment.appendChild(r);});
 body.appendChild(fragment);
 for(var i=0;i<ths.length;i++){ths[i].removeAttribute('aria-sort');}
 th.setAttribute('aria-sort',desc?'descending':'ascending');
 table.setAttribute('data-sorted',th.getAttribute('data-key')+':'+(desc?'desc':'asc'));
}
var tables=document.querySelectorAll('table.sortable');
Array.prototype.forEach.call(tables,function(table){
 Array.prototype.forEach.call(table.tBodies[0].rows,function(r,i){r._order=i;});
 Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
  th.addEventListener('click',function(){sortTable(table,col,th.getAttribute('aria-sort')==='ascending');});
 });
});
function fromHash(){
 var m=/[#&]sort=([^&]+)/.exec(location.hash);if(!m){return;}
 var spec=decodeURIComponent(m[1]),id='projects',i=spec.indexOf(':');
 if(i>=0){id=spec.slice(0,i);spec=spec.slice(i+1);}
 var desc=spec.charAt(0)==='-';if(desc){spec=spec.slice(1);}
 var table=document.getElementById(id);if(!table||!table.tHead){return;}
 var ths=table.tHead.rows[0].cells;
 for(var j=0;j<ths.length;j++){if(ths[j].getAttribute('data-key')===spec){sortTable(table,j,desc);return;}}
}
fromHash();
window.addEventListener('hashchange',fromHash);
document.documentElement.setAttribute('data-ready','1');
})();

""";
}
