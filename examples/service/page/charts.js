// The county charts: posts the JSON Lines records in the text area to
// /charts/{name} and shows the SVG it answers as an image (a data: URL,
// never inserted as HTML), with the counts of households charted and of
// records that failed, and the failures' field errors. It uses the helpers
// of app.js ($, el, en), loaded before it.
'use strict';

const sampleRecords = JSON.parse(document.getElementById('samples').textContent);

// chartNames name the charts, [Chinese, English].
const chartNames = {
  outlays: ['按月支出', 'monthly outlay'],
  difference: ['改革差额', 'reform difference'],
};

// drawing counts the charts asked for: an answer to any but the last is
// dropped, so that a slow answer never replaces a later chart.
let drawing = 0;

// drawChart asks the service for a chart of the records under the date as
// they are now, and shows it with that date, or what failed. It waits as
// long as an assessment does (requestTimeout, app.js).
async function drawChart(chartName) {
  const ticket = ++drawing;
  const headers = { 'Content-Type': 'application/x-ndjson' };
  const tok = $('#token');
  if (tok && tok.value) headers.Authorization = 'Bearer ' + tok.value.trim();
  const out = $('#chart-result');
  const date = $('#date').value;
  out.replaceChildren(el('p', 'busy', '绘制中… ', en('drawing…')));
  out.classList.remove('stale');
  $('#charts').classList.remove('drawn');
  let resp, data;
  try {
    const url = '/charts/' + chartName + '?date=' + encodeURIComponent(date);
    resp = await fetch(url, { method: 'POST', headers, body: $('#records').value, signal: AbortSignal.timeout(requestTimeout) });
    data = await resp.json();
  } catch (e) {
    if (ticket !== drawing) return;
    const detail = e.name === 'TimeoutError' ? `no answer in ${requestTimeout / 1000} s` : String(e);
    out.replaceChildren(chartErrors('未能绘制', 'the chart could not be drawn', [{ errors: [{ type: 'network', path: '', detail }] }]));
    return;
  }
  if (ticket !== drawing) return; // a later chart was asked for
  if (!resp.ok) {
    out.replaceChildren(chartErrors('未能绘制', `the chart could not be drawn (${resp.status})`, [{ errors: data.errors || [] }]));
    return;
  }
  const img = el('img', 'chart');
  img.id = 'chart-img';
  img.alt = chartNames[chartName].join(' / ');
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(data.svg);
  const name = chartNames[chartName];
  out.replaceChildren(
    el('h3', '', name[0], ' ', en(name[1]), `（${date}）`),
    el('p', 'chart-counts', `户数 `, en('households'), `: ${data.households} · 未能测算 `, en('failed'), `: ${data.failed}`),
    img,
    data.failed ? chartErrors('未能测算的记录', 'records that failed' +
      (data.errors.length < data.failed ? ` (the first ${data.errors.length} of ${data.failed})` : ''), data.errors) : '');
  $('#charts').classList.add('drawn');
}

// chartStale marks a chart shown as drawn from records or a date that have
// since changed.
function chartStale() {
  const out = $('#chart-result');
  if (!$('#charts').classList.contains('drawn') || out.classList.contains('stale')) return;
  out.classList.add('stale');
  out.prepend(el('p', 'chart-stale', '图表为修改前的记录或日期所绘：请重新绘制 ', en('drawn from the records or date before the edit: draw it again')));
}

// chartErrors lists field errors by line: [{line, errors: [...]}].
function chartErrors(zh, english, lines) {
  const rows = [];
  for (const l of lines) {
    for (const e of l.errors) {
      rows.push(el('tr', '', el('td', 'num', l.line ? String(l.line) : '—'), el('td', 'path', e.path || '—', rowsOf(e.path || '')),
        el('td', '', errorTypes[e.type] ? `${errorTypes[e.type]} ` : '', en(e.type)), el('td', '', e.value || ''), el('td', '', gloss(e.detail), e.detail)));
    }
  }
  return el('div', 'chart-errors', el('h3', '', zh, ' ', en(english)),
    el('div', 'scroll', el('table', 'errors', el('thead', '', el('tr', '', el('th', '', '行 line'), el('th', '', '字段 path'),
      el('th', '', '类型 type'), el('th', '', '值 value'), el('th', '', '说明 detail'))), el('tbody', '', ...rows))));
}

$('#fill-samples').addEventListener('click', () => { $('#records').value = sampleRecords; chartStale(); });
$('#records').addEventListener('input', chartStale);
$('#date').addEventListener('change', chartStale);
for (const b of document.querySelectorAll('#charts [data-chart]')) {
  b.addEventListener('click', () => drawChart(b.dataset.chart));
}
