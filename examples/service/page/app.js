// The caseworker's page: builds a household record from the form (or takes
// pasted JSON), posts it to /assess and shows the breakdown as a caseworker
// reads it. Money stays the decimal strings the service sends; monthly sums
// are added up in fen, as integers.
'use strict';

const vocab = JSON.parse(document.getElementById('vocab').textContent);
const $ = (sel, root = document) => root.querySelector(sel);

// name returns the Chinese and English names of a key ("payee", "member").
function name(kind, key) {
  return vocab.names[kind + ':' + key] || [key, key];
}

const outcomes = {
  'eligible': ['符合', 'eligible'], 'ineligible': ['不符合', 'ineligible'],
  'continue': ['继续享受', 'continues'], 'exit': ['退出', 'exits'],
  'exit-pending': ['待确认退出', 'exit pending'], 'not-assessed': ['未评估', 'not assessed'],
  'pass': ['通过', 'pass'], 'fail': ['未通过', 'fail'],
};

// el makes an element with a class and children (strings become text).
function el(tag, cls, ...kids) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    e.append(typeof k === 'string' || typeof k === 'number' ? String(k) : k);
  }
  return e;
}
const en = (text) => el('span', 'en', text);
const both = (pair, tag = 'span', cls = '') => el(tag, cls, pair[0], ' ', en(pair[1]));

// --- the form -------------------------------------------------------------

function addRow(list, tpl) {
  const node = document.getElementById(tpl).content.firstElementChild.cloneNode(true);
  list.append(node);
  return node;
}

function addMember() {
  const m = addRow($('#members'), 'member-tpl');
  m.querySelector('.m-id').value = 'm' + $('#members').children.length;
  return m;
}

document.addEventListener('click', (ev) => {
  const t = ev.target.closest('button');
  if (!t) return;
  if (t.classList.contains('remove')) t.closest('[data-scope]').remove();
  else if (t.classList.contains('add-income')) addRow(t.closest('.member').querySelector('.incomes'), 'income-tpl');
  else if (t.classList.contains('add-claim')) addRow(t.closest('.member').querySelector('.claims'), 'claim-tpl');
  else if (t.id === 'add-member') addMember();
  else if (t.id === 'add-hardship') addRow($('#hardships'), 'hardship-tpl');
  else if (t.id === 'to-json') { $('#json').value = JSON.stringify(collect($('#household')), null, 2); setMode('json'); }
  else if (t.id === 'print') window.print();
});

function setMode(mode) {
  $('#mode-' + mode).checked = true;
  $('#by-form').hidden = mode !== 'form';
  $('#by-json').hidden = mode !== 'json';
}
for (const r of document.querySelectorAll('input[name=mode]')) r.addEventListener('change', () => setMode(r.value));

// set puts v at a dotted path in obj ("tekun.mode").
function set(obj, path, v) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {});
  o[keys[keys.length - 1]] = v;
}

// collect builds the record of a scope (the household, a member, a row):
// its own fields, then its lists; an empty field is left out.
function collect(scope) {
  const obj = {};
  for (const f of scope.querySelectorAll('[data-path]')) {
    if (f.closest('[data-scope]') !== scope) continue;
    let v;
    if (f.type === 'checkbox') {
      if (!f.checked) continue;
      v = true;
    } else {
      v = f.value.trim();
      if (v === '') continue;
      if (f.dataset.kind === 'int') v = parseInt(v, 10);
    }
    set(obj, f.dataset.path, v);
  }
  for (const list of scope.querySelectorAll('[data-list]')) {
    if (list.parentElement.closest('[data-scope]') !== scope) continue;
    const items = [...list.children].map(collect).filter((o) => Object.keys(o).length > 0);
    if (items.length > 0) set(obj, list.dataset.list, items);
  }
  // a certificate or a support without its type is none at all
  if (obj.disability && !obj.disability.type) delete obj.disability;
  if (obj.tekun && !obj.tekun.mode) delete obj.tekun;
  if (scope.id === 'household' && !obj.members) obj.members = [];
  return obj;
}

// --- posting --------------------------------------------------------------

$('#form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const byJSON = $('#mode-json').checked;
  const body = byJSON ? $('#json').value : JSON.stringify(collect($('#household')));
  const headers = { 'Content-Type': 'application/json' };
  const tok = $('#token');
  if (tok && tok.value) headers.Authorization = 'Bearer ' + tok.value.trim();
  $('#result').replaceChildren(el('p', 'busy', '测算中… ', en('assessing…')));
  $('#errors').hidden = true;
  let resp, data;
  try {
    resp = await fetch('/assess?date=' + encodeURIComponent($('#date').value), { method: 'POST', headers, body });
    data = await resp.json();
  } catch (e) {
    showErrors([{ type: 'network', path: '', detail: String(e) }]);
    return;
  }
  if (!resp.ok) {
    showErrors(data.errors || [], resp.status);
    return;
  }
  render(data);
});

function showErrors(errors, status) {
  $('#result').replaceChildren();
  const box = $('#errors');
  const rows = errors.map((e) => el('tr', '', el('td', 'path', e.path || '—'), el('td', '', e.type),
    el('td', '', e.value || ''), el('td', '', e.detail)));
  box.replaceChildren(
    el('h2', '', '记录有误 ', en('the record was refused'), status ? ` (${status})` : ''),
    el('table', 'errors', el('thead', '', el('tr', '', el('th', '', '字段 path'), el('th', '', '类型 type'),
      el('th', '', '值 value'), el('th', '', '说明 detail'))), el('tbody', '', ...rows)));
  box.hidden = false;
}

// --- the breakdown --------------------------------------------------------

// fen reads a two-place decimal string as an integer number of fen.
function fen(s) {
  const neg = s.startsWith('-');
  const [y, f = ''] = (neg ? s.slice(1) : s).split('.');
  const n = parseInt(y, 10) * 100 + parseInt((f + '00').slice(0, 2), 10);
  return neg ? -n : n;
}
function yuan(n) {
  const neg = n < 0;
  const a = Math.abs(n);
  return (neg ? '-' : '') + Math.floor(a / 100) + '.' + String(a % 100).padStart(2, '0');
}

function explanation(x) {
  if (!x) return null;
  return el('div', 'explain', el('p', 'zh', x.zh), el('p', 'en', x.en));
}
function clauses(cs) {
  return cs && cs.length ? el('span', 'clauses', '[' + cs.join(' ') + ']') : null;
}
function who(member) {
  return member ? el('span', 'who', '成员 ', member) : el('span', 'who', '户 ', en('household'));
}
const provisionalMark = () => el('span', 'prov', '※ 含暂定参数 ', en('rests on a provisional parameter'));

function periodText(l) {
  if (l.lump) return [`${l.period.from} 月一次性`, `lump sum in month ${l.period.from}`];
  const s = l.schedule;
  const m = s.months > 1 ? `${s.months} 个月 × ${s.month}` + (s.last !== s.month ? `（末月 ${s.last}）` : '') : s.last;
  const me = s.months > 1 ? `${s.months} months × ${s.month}` + (s.last !== s.month ? ` (last month ${s.last})` : '') : s.last;
  return [`${l.period.from}–${l.period.to} 月：${m}`, `months ${l.period.from}–${l.period.to}: ${me}`];
}

function lineBlock(l) {
  const payee = name('payee', l.payee), payer = name('payer', l.payer), form = name('form', l.form);
  return el('div', 'line' + (l.provisional ? ' provisional' : ''),
    el('div', 'head', el('span', 'item', l.item), who(l.member), l.id ? el('span', 'ref', l.id) : null,
      el('span', 'flow', `→ ${payee[0]}（${form[0]}），${payer[0]}支付 `, en(`to ${payee[1]} (${form[1]}), paid by ${payer[1]}`)),
      el('span', 'amount', l.annual, ' 元'), clauses(l.clauses)),
    both(periodText(l), 'p', 'period'),
    l.service ? el('p', 'service', l.service) : null,
    explanation(l.explanation),
    l.provisional ? provisionalMark() : null);
}

function decisionBlock(d) {
  const o = outcomes[d.outcome] || [d.outcome, d.outcome];
  return el('div', 'decision', el('div', 'head', el('span', 'outcome ' + d.outcome, o[0], ' ', en(o[1])), who(d.member),
    clauses(d.clauses)), explanation(d.explanation));
}

function render(b) {
  const out = [];
  const sets = (b.sets || []).map((s) => s.name).join('；');
  out.push(el('div', 'title',
    el('h2', '', `家庭 ${b.household}（${b.township} ${b.village || ''}），评估日 ${b.date}，${b.year} 年参数`),
    el('p', 'en', `household ${b.household} (${b.township} ${b.village || ''}), assessed on ${b.date} under the ${b.year} parameter set`),
    sets ? el('p', 'sets', sets) : null));

  const t = b.totals;
  const all = el('strong', '', t.all);
  all.id = 'total-all';
  out.push(el('section', 'totals',
    el('h3', '', '合计（本年应得，元） ', en("totals (this year's entitlement, yuan)")),
    el('p', 'all', '总计 ', en('all'), ': ', all, ' 元'),
    el('table', 'sums', el('tbody', '',
      ...t.by_programme.map((x) => sumRow('programme', x)),
      ...t.by_payee.map((x) => sumRow('payee', x)),
      ...t.by_payer.map((x) => sumRow('payer', x))))));
  $('#result').replaceChildren();

  for (const [i, p] of vocab.programmes.entries()) {
    const lines = b.lines.filter((l) => l.programme === p);
    const decisions = (b.decisions || []).filter((d) => d.programme === p);
    const pn = name('programme', p);
    const sec = el('section', 'programme', el('h3', '', `${i + 1}. ${pn[0]} `, en(pn[1])));
    sec.dataset.programme = p;
    if (!lines.length && !decisions.length) sec.append(el('p', 'none', '无 ', en('none')));
    for (const d of decisions) sec.append(decisionBlock(d));
    for (const l of lines) sec.append(lineBlock(l));
    if (lines.length) {
      const sub = lines.reduce((a, l) => a + fen(l.annual), 0);
      sec.append(el('p', 'subtotal', '小计 ', en('subtotal'), `: ${yuan(sub)} 元`));
    }
    out.push(sec);
  }

  if (b.findings && b.findings.length) {
    out.push(el('section', 'findings', el('h3', '', '发现 ', en('findings')),
      ...b.findings.map((f) => el('div', 'finding', el('div', 'head', both(name('finding', f.kind), 'span', 'kind'),
        both(name('programme', f.programme), 'span', 'prog'), f.member ? who(f.member) : null,
        f.amount ? el('span', 'amount', f.amount, ' 元') : null, clauses(f.clauses)), explanation(f.explanation)))));
  }
  if (b.referrals && b.referrals.length) {
    out.push(el('section', 'referrals', el('h3', '', '转介 ', en('referrals')),
      ...b.referrals.map((r) => el('div', 'referral', el('div', 'head',
        both(vocab.departments[r.department] || [r.department, r.department], 'span', 'dept'),
        el('span', 'service', r.service), r.member ? who(r.member) : null, clauses(r.clauses)), explanation(r.explanation)))));
  }
  out.push(schedule(b));
  const checks = [b.assets, ...(b.checks || [])].filter(Boolean);
  out.push(el('details', 'checks', el('summary', '', '参数核查 ', en('parameter checks'), ` (${checks.length})`),
    ...checks.map((c) => el('div', 'check', el('div', 'head', el('span', 'outcome ' + c.status, ...(outcomes[c.status] || [c.status])),
      el('span', 'item', c.name), clauses(c.clauses)), explanation(c.explanation)))));
  if (b.provisional && b.provisional.length) {
    out.push(el('section', 'provisional', el('h3', '', '※ 所依暂定参数 ', en('provisional parameters this breakdown rests on')),
      el('ul', '', ...b.provisional.map((p) => el('li', '', el('code', '', p.name), ` = ${p.value} — ${p.source}`)))));
  }
  $('#result').replaceChildren(...out);
}

function sumRow(kind, x) {
  const n = name(kind, x.key);
  return el('tr', kind, el('th', '', n[0], ' ', en(n[1])), el('td', 'num', x.annual), el('td', 'count', `${x.lines} 条 line(s)`));
}

// schedule is the month-by-month table: each line's payments in the months
// it pays, a lump sum in its month, and each month's total.
function schedule(b) {
  const months = [...Array(12).keys()].map((i) => i + 1);
  const sums = Array(13).fill(0);
  const rows = b.lines.map((l) => {
    const cells = Array(13).fill(0);
    if (l.lump) cells[l.period.from] = fen(l.annual);
    else {
      for (let m = l.period.from; m <= l.period.to; m++) cells[m] = fen(m === l.period.to ? l.schedule.last : l.schedule.month);
    }
    months.forEach((m) => { sums[m] += cells[m]; });
    return el('tr', l.lump ? 'lump' : '', el('th', '', `${l.programme}/${l.item}`, l.member ? ` ${l.member}` : '', l.id ? ` ${l.id}` : ''),
      ...months.map((m) => el('td', 'num', cells[m] ? yuan(cells[m]) : '')), el('td', 'num', l.annual));
  });
  const all = months.reduce((a, m) => a + sums[m], 0);
  return el('section', 'schedule', el('h3', '', '按月发放 ', en('month by month'), ` (${b.year})`),
    el('table', 'months', el('thead', '', el('tr', '', el('th', '', '项目 line'), ...months.map((m) => el('th', 'num', `${m}月`)), el('th', 'num', '全年 year'))),
      el('tbody', '', ...rows),
      el('tfoot', '', el('tr', '', el('th', '', '合计 total'), ...months.map((m) => el('td', 'num', yuan(sums[m]))), el('td', 'num', yuan(all))))));
}

// print the folded checks too
window.addEventListener('beforeprint', () => { for (const d of document.querySelectorAll('details')) d.open = true; });

addMember();
