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

async function drawChart(chartName) {
  const headers = { 'Content-Type': 'application/x-ndjson' };
  const tok = $('#token');
  if (tok && tok.value) headers.Authorization = 'Bearer ' + tok.value.trim();
  const out = $('#chart-result');
  out.replaceChildren(el('p', 'busy', '绘制中… ', en('drawing…')));
  $('#charts').classList.remove('drawn');
  let resp, data;
  try {
    const url = '/charts/' + chartName + '?date=' + encodeURIComponent($('#date').value);
    resp = await fetch(url, { method: 'POST', headers, body: $('#records').value });
    data = await resp.json();
  } catch (e) {
    out.replaceChildren(chartErrors('未能绘制', 'the chart could not be drawn', [{ errors: [{ type: 'network', path: '', detail: String(e) }] }]));
    return;
  }
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
    el('h3', '', name[0], ' ', en(name[1]), `（${$('#date').value}）`),
    el('p', 'chart-counts', `户数 `, en('households'), `: ${data.households} · 未能测算 `, en('failed'), `: ${data.failed}`),
    img,
    data.failed ? chartErrors('未能测算的记录', 'records that failed' +
      (data.errors.length < data.failed ? ` (the first ${data.errors.length} of ${data.failed})` : ''), data.errors) : '');
  $('#charts').classList.add('drawn');
}

// chartErrors lists field errors by line: [{line, errors: [...]}].
function chartErrors(zh, english, lines) {
  const rows = [];
  for (const l of lines) {
    for (const e of l.errors) {
      rows.push(el('tr', '', el('td', 'num', l.line ? String(l.line) : '—'), el('td', 'path', e.path || '—'),
        el('td', '', e.type), el('td', '', e.value || ''), el('td', '', e.detail)));
    }
  }
  return el('div', 'chart-errors', el('h3', '', zh, ' ', en(english)),
    el('div', 'scroll', el('table', 'errors', el('thead', '', el('tr', '', el('th', '', '行 line'), el('th', '', '字段 path'),
      el('th', '', '类型 type'), el('th', '', '值 value'), el('th', '', '说明 detail'))), el('tbody', '', ...rows))));
}

$('#fill-samples').addEventListener('click', () => { $('#records').value = sampleRecords; });
for (const b of document.querySelectorAll('#charts [data-chart]')) {
  b.addEventListener('click', () => drawChart(b.dataset.chart));
}
