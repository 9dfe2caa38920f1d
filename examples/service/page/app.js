// The caseworker's page: builds a household record from the form (or takes
// pasted JSON, which it can read into the form), posts it to /assess and
// shows the breakdown as a caseworker reads it. Money stays the decimal
// strings the service sends; monthly sums are added up in fen, as integers.
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
// en is English text beside the Chinese, marked as English for a screen reader.
function en(text, tag = 'span') {
  const e = el(tag, 'en', text);
  e.lang = 'en';
  return e;
}
const both = (pair, tag = 'span', cls = '') => el(tag, cls, pair[0], ' ', en(pair[1]));

// --- the form -------------------------------------------------------------

function addRow(list, tpl) {
  const node = document.getElementById(tpl).content.firstElementChild.cloneNode(true);
  list.append(node);
  return node;
}

// addMember adds a member with the first id m1, m2… that no member has.
function addMember() {
  const used = new Set([...document.querySelectorAll('#members .m-id')].map((f) => f.value.trim()));
  let k = 1;
  while (used.has('m' + k)) k++;
  const m = addRow($('#members'), 'member-tpl');
  m.querySelector('.m-id').value = 'm' + k;
  return m;
}

// numberRows numbers the members in their legends, and names every delete
// button by its member and place, so that a screen reader says which row a
// button deletes ("删除成员 2 remove member 2").
function numberRows() {
  for (const [i, m] of document.querySelectorAll('#members > .member').entries()) {
    $('.m-no', m).textContent = String(i + 1);
    $(':scope > legend .remove', m).setAttribute('aria-label', `删除成员 ${i + 1} remove member ${i + 1}`);
    for (const [kind, zh, english] of [['income', '项收入', 'income'], ['claim', '次住院', 'claim']]) {
      for (const [j, r] of m.querySelectorAll(`.${kind}`).entries()) {
        $('.remove', r).setAttribute('aria-label', `删除成员 ${i + 1} 的第 ${j + 1} ${zh} remove ${english} ${j + 1} of member ${i + 1}`);
      }
    }
  }
  for (const [i, r] of document.querySelectorAll('#hardships > .hardship').entries()) {
    $('.remove', r).setAttribute('aria-label', `删除事件 ${i + 1} remove event ${i + 1}`);
  }
  for (const [i, r] of document.querySelectorAll('#payments > .payment').entries()) {
    $('.remove', r).setAttribute('aria-label', `删除发放 ${i + 1} remove payment ${i + 1}`);
  }
}

document.addEventListener('click', (ev) => {
  const t = ev.target.closest('button');
  if (!t) return;
  if (t.classList.contains('remove')) t.closest('[data-scope]').remove();
  else if (t.classList.contains('add-income')) addRow(t.closest('.member').querySelector('.incomes'), 'income-tpl');
  else if (t.classList.contains('add-claim')) addRow(t.closest('.member').querySelector('.claims'), 'claim-tpl');
  else if (t.id === 'add-member') addMember();
  else if (t.id === 'add-hardship') addRow($('#hardships'), 'hardship-tpl');
  else if (t.id === 'add-payment') addRow($('#payments'), 'payment-tpl');
  else if (t.id === 'to-json') return toJSON();
  else if (t.id === 'to-form') return toForm();
  else if (t.id === 'load-sample') $('#json').value = JSON.stringify(JSON.parse(sampleLines[+$('#sample').value]), null, 2);
  else if (t.id === 'print') return window.print();
  else return;
  // a row added or removed, or a sample loaded, may change the record
  // without an input event: the breakdown shown is marked stale (an empty
  // row added changes nothing, and is marked too)
  numberRows();
  recordChanged();
});

// A payment's item is of one programme: choosing an item chooses its
// programme, and choosing a programme whose items do not hold the item
// chooses the programme's first, so that a row never pays a line of one
// programme under another's name.
document.addEventListener('change', (ev) => {
  const r = ev.target.closest('.payment');
  if (!r) return;
  const prog = $('.p-programme', r), item = $('.p-item', r);
  // (a row read from a record without an item has none chosen)
  const group = () => item.selectedOptions[0]?.parentElement.dataset.programme;
  if (ev.target === item) prog.value = group();
  else if (ev.target === prog && group() !== prog.value) item.value = $(`optgroup[data-programme="${prog.value}"] option`, item).value;
});

// toJSON puts the form's record in the text area, unless the form is
// incomplete.
function toJSON() {
  const rec = formRecord();
  if (!rec) return;
  $('#errors').hidden = true;
  $('#json').value = formJSON = JSON.stringify(rec, null, 2);
  setMode('json');
}
// formJSON is the text form-to-JSON last wrote, or JSON-to-form last read:
// the form's own record.
let formJSON = '';

// setMode shows the form or the text area. The hidden one's fields are
// disabled, so that the form's required fields do not stop a pasted record.
function setMode(mode) {
  $('#mode-' + mode).checked = true;
  for (const [id, m] of [['by-form', 'form'], ['by-json', 'json']]) {
    $('#' + id).hidden = mode !== m;
    for (const f of $('#' + id).querySelectorAll('input, select, textarea, button')) f.disabled = mode !== m;
  }
  $('#to-json').hidden = mode !== 'form'; // it would write the hidden form over a pasted record
  $('#to-form').hidden = mode !== 'json';
  // the form reads a pasted record only by JSON-to-form: say so, rather
  // than assess the form's own record as if it were the pasted one
  const json = $('#json').value;
  $('#form-note').hidden = mode !== 'form' || json.trim() === '' || json === formJSON;
}
for (const r of document.querySelectorAll('input[name=mode]')) r.addEventListener('change', () => setMode(r.value));

// --- JSON to form ---------------------------------------------------------

// rowTemplates are the templates of the rows of the form's lists, the ones
// the add buttons add.
const rowTemplates = { 'members': 'member-tpl', 'incomes': 'income-tpl', 'claims': 'claim-tpl',
  'hardships': 'hardship-tpl', 'current.payments': 'payment-tpl' };

// ownFields and ownLists are a scope's own fields and lists, not its rows'.
const ownFields = (scope) => [...scope.querySelectorAll('[data-path]')].filter((f) => f.closest('[data-scope]') === scope);
const ownLists = (scope) => [...scope.querySelectorAll('[data-list]')].filter((l) => l.parentElement.closest('[data-scope]') === scope);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const join = (path, key) => (path ? path + '.' + key : key);

// get reads the value at a dotted path in obj ("tekun.mode"), or undefined.
function get(obj, path) {
  let o = obj;
  for (const k of path.split('.')) o = isObject(o) ? o[k] : undefined;
  return o;
}

// toForm reads the record in the text area into the form and shows the
// form: each list's rows replaced by the record's, added as the add
// buttons add them, and every field the record leaves out cleared. A
// record the form cannot hold exactly — not JSON, a key given twice, a key
// the form has no field for, a value of the wrong type or not among a
// list's choices, or one a field would change (a day the calendar lacks,
// spaces at the ends of a text) — is refused with its paths, and the form
// is left as it was: nothing is loaded in part or dropped unsaid. What the
// form leaves out, the record reads the same without (canon).
function toForm() {
  const text = $('#json').value;
  let rec;
  try {
    rec = JSON.parse(text);
  } catch (e) {
    // the browser's message quotes the text around the error, which may
    // hold a name: only where it failed is said
    const at = /position (\d+)/.exec(e.message);
    return refuseForm([{ type: 'invalid', path: '', detail: `JSON 语法错误 / not valid JSON${at ? `（第 ${at[1]} 个字符处 / at character ${at[1]}）` : ''}` }]);
  }
  const src = jsonSource(text);
  const problems = [];
  if (src.duplicate !== null) {
    problems.push({ type: 'duplicate', path: src.duplicate, detail: '同一对象中此键出现两次 / the key is given twice in its object' });
  }
  checkScope(rec, $('#household'), '', src.numbers, problems);
  if (problems.length) return refuseForm(problems);
  // what the fields hold may still differ from the record (a date input
  // empties a day the calendar lacks): the form's record must be the
  // record, or the form is put back as it was
  const before = formState();
  fillScope($('#household'), rec);
  const differs = differ(canon(rec, true), collect($('#household')), '');
  if (differs) {
    restoreForm(before);
    return refuseForm([differs]);
  }
  formJSON = text;
  clearInvalid();
  $('#errors').hidden = true;
  numberRows();
  recordChanged();
  setMode('form');
  announce('已将 JSON 记录填入表单', 'the JSON record is in the form');
  $('#hh-id').focus();
}

// refuseForm shows why the text area's record was not put in the form.
function refuseForm(problems) {
  showErrors(problems, 'to-form', false);
}

// shown is a value of the record at path as an error's row shows it: its
// JSON, cut short; a member's name, personal data, only by its length in
// bytes, as the service's errors give it.
function shown(v, path) {
  if (personal(path)) { // whatever it holds: a name given as a list is a name still
    const n = new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v) ?? '').length;
    return `（${n} 字节，个人信息不显示）(${n} bytes, not quoted: personal data)`;
  }
  const s = v === undefined ? '' : JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}

// personal reports whether path is a member's name: personal data, whose
// value an error never shows.
const personal = (path) => /^members\[[0-9]+\]\.name$/.test(path || '');

// jsonSource reads from a valid JSON text what JSON.parse does not keep:
// the path of the first key given twice in one object (the parse keeps the
// last value), and each number as written, by path (2.0 parses as 2, which
// the record's decoder refuses for a whole number).
function jsonSource(text) {
  const stack = [], numbers = new Map(), number = /-?[0-9.eE+-]+/y;
  let duplicate = null;
  const here = () => {
    const top = stack[stack.length - 1];
    return !top ? '' : top.keys ? join(top.path, top.key) : `${top.path}[${top.index}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i], top = stack[stack.length - 1];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (top && top.keys && top.expectKey) {
        const k = JSON.parse(text.slice(i, j + 1));
        if (top.keys.has(k) && duplicate === null) duplicate = join(top.path, k);
        top.keys.add(k);
        top.key = k;
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{') stack.push({ path: here(), keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ path: here(), index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      if (top.keys) top.expectKey = true;
      else top.index++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      number.lastIndex = i;
      const m = number.exec(text)[0];
      numbers.set(here(), m);
      i += m.length - 1;
    }
  }
  return { duplicate, numbers };
}

// checkScope adds to problems, with its path, what of obj — the record of
// a scope: the household, or a row, whose template it reads — the form has
// no field for or cannot hold. It changes nothing. A null is a field left
// out, as the record's decoder reads it.
function checkScope(obj, scope, prefix, numbers, problems) {
  if (!isObject(obj)) {
    // a row that is not an object is refused without its value, which may
    // be a name given where the member should be ("members": ["…"])
    problems.push({ type: 'invalid', path: prefix.replace(/\.$/, ''), value: '', detail: '应为对象 / is not an object' });
    return;
  }
  const fields = ownFields(scope), lists = ownLists(scope);
  const walk = (o, at) => {
    for (const [k, v] of Object.entries(o)) {
      const p = join(at, k), path = prefix + p;
      // a key the form has no field for is refused without its value, as
      // the service refuses an unknown key: a misspelt "name" holds a name
      const refuse = (type, detail) => problems.push({ type, path, value: type === 'unknown-field' ? '' : shown(v, path), detail });
      const f = fields.find((x) => x.dataset.path === p);
      const list = lists.find((x) => x.dataset.list === p);
      const within = (x) => x.startsWith(p + '.');
      if (v === null) continue;
      if (f) checkValue(f, v, numbers.get(path), refuse);
      else if (list) {
        if (!Array.isArray(v)) {
          refuse('invalid', '应为数组 / is not an array');
          continue;
        }
        const row = document.getElementById(rowTemplates[p]).content.firstElementChild;
        v.forEach((x, i) => checkScope(x, row, `${path}[${i}].`, numbers, problems));
      } else if (fields.some((x) => within(x.dataset.path)) || lists.some((x) => within(x.dataset.list))) {
        if (isObject(v)) walk(v, p);
        else refuse('invalid', '应为对象 / is not an object');
      } else refuse('unknown-field', '表单没有此字段 / the form has no field for this key');
    }
  };
  walk(obj, '');
}

// checkValue refuses a value its field cannot hold: a flag not true or
// false, a whole number not written as one, a string that is not one, a
// choice the list lacks.
function checkValue(f, v, written, refuse) {
  if (f.type === 'checkbox') {
    if (typeof v !== 'boolean') refuse('invalid', '应为 true 或 false / is not true or false');
    return;
  }
  if (f.dataset.kind === 'int') {
    if (!Number.isSafeInteger(v) || !/^-?(0|[1-9][0-9]*)$/.test(written || '')) {
      return refuse('invalid', '应为整数 / is not a whole number');
    }
  } else if (typeof v !== 'string') return refuse('invalid', '应为字符串 / is not a string');
  if (f.tagName === 'SELECT' && ![...f.options].some((o) => o.value === String(v))) {
    refuse('not-supported', '不在表单的可选值内 / is not one of the form\'s choices');
  }
}

// fillScope puts obj, which checkScope passed, in a scope: each own field
// set or cleared, each list's rows replaced by the record's.
function fillScope(scope, obj) {
  for (const f of ownFields(scope)) {
    const v = get(obj, f.dataset.path);
    if (f.type === 'checkbox') f.checked = v === true;
    else f.value = v === undefined || v === null ? '' : String(v);
  }
  for (const list of ownLists(scope)) {
    list.replaceChildren();
    for (const o of get(obj, list.dataset.list) || []) {
      fillScope(list.id === 'members' ? addMember() : addRow(list, rowTemplates[list.dataset.list]), o);
    }
  }
}

// formState is what fillScope changes: the household's own fields and the
// rows of its lists, which keep their fields while out of the page.
function formState() {
  const hh = $('#household');
  return { fields: ownFields(hh).map((f) => [f, f.value, f.checked]), lists: ownLists(hh).map((l) => [l, [...l.children]]) };
}
function restoreForm(state) {
  for (const [f, value, checked] of state.fields) {
    f.value = value;
    f.checked = checked;
  }
  for (const [l, rows] of state.lists) l.replaceChildren(...rows);
}

// canon is a record as the form writes it where that reads the same: a
// null, a false flag, an empty string or an empty list is left out, as
// the form leaves out an empty field, and the household's members are a
// list even when none (the record is refused either way). An empty object
// is kept: the form would drop it, and an empty assets or period is one
// the record's decoder refuses.
function canon(v, top = false) {
  if (Array.isArray(v)) return v.map((x) => canon(x));
  if (!isObject(v)) return v;
  const o = {};
  for (const [k, x] of Object.entries(v)) {
    const c = canon(x);
    if (c === null || c === false || c === '' || (Array.isArray(c) && c.length === 0)) continue;
    o[k] = c;
  }
  if (top && !o.members) o.members = [];
  return o;
}

// differ returns the error of the first path where the form's record
// differs from the record, or null when they are the same.
function differ(want, got, path) {
  if (isObject(want) && isObject(got)) {
    for (const k of new Set([...Object.keys(want), ...Object.keys(got)])) {
      const d = differ(want[k], got[k], join(path, k));
      if (d) return d;
    }
    return null;
  }
  if (Array.isArray(want) && Array.isArray(got) && want.length === got.length) {
    for (const [i, x] of want.entries()) {
      const d = differ(x, got[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (want === got) return null;
  if (personal(path)) {
    return { type: 'invalid', path, value: shown(want, path),
      detail: '表单无法原样保存此值（个人信息不显示） / the form cannot hold the value as it is (personal data, not quoted)' };
  }
  return { type: 'invalid', path, value: shown(want, path),
    detail: `表单无法原样保存此值，会写作 ${shown(got, path) || '（空）'} / the form cannot hold the value as it is: it would write ${shown(got, path) || '(nothing)'}` };
}

// set puts v at a dotted path in obj ("tekun.mode").
function set(obj, path, v) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {});
  o[keys[keys.length - 1]] = v;
}

// halfWidth writes full-width digits, point and hyphen (as a Chinese input
// method types them, "１２００．５", "２０１７－０７") as 0-9, "." and "-".
const halfWidth = (v) => v.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// collect builds the record of a scope (the household, a member, a row):
// its own fields, then its lists; an empty field is left out, and so is an
// object (assets, a period) none of whose fields is filled. A row it keeps
// is marked with its index in the record's list (data-index), so that an
// error's path finds its field. What the form cannot make a record of goes
// to problems, with its path; nothing is dropped. A month is "YYYY-MM": a
// month input gives it so, and where a browser has none (the field is then
// text, with no pattern to block it) its text is sent as typed, full-width
// digits and hyphen made half-width; the service refuses a bad month, and
// its error lands on the field.
function collect(scope, problems = [], prefix = '') {
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
      const typed = f.inputMode === 'decimal' || f.inputMode === 'numeric' || f.dataset.kind === 'month';
      if (typed && halfWidth(v) !== v) f.value = v = halfWidth(v); // shown as sent
      if (f.dataset.kind === 'int') {
        if (!/^-?[0-9]+$/.test(v)) { // parseInt would read "1.5" as 1 and "x" as NaN
          problems.push({ type: 'invalid', path: prefix + f.dataset.path, field: f, value: v,
            detail: '应为整数 / is not a whole number' });
          continue;
        }
        v = parseInt(v, 10);
      }
    }
    set(obj, f.dataset.path, v);
  }
  for (const list of scope.querySelectorAll('[data-list]')) {
    if (list.parentElement.closest('[data-scope]') !== scope) continue;
    const items = [];
    for (const row of list.children) {
      const o = collect(row, problems, `${prefix}${list.dataset.list}[${items.length}].`);
      if (Object.keys(o).length === 0) {
        delete row.dataset.index;
        continue;
      }
      row.dataset.index = items.length;
      items.push(o);
    }
    if (items.length > 0) set(obj, list.dataset.list, items);
  }
  // a grade, care or months without a certificate's type, a self-care
  // level, home or months without a mode of support: refused, not dropped
  if (obj.disability && !obj.disability.type) {
    problems.push({ type: 'required', path: prefix + 'disability.type', field: $('.m-dis-type', scope),
      detail: '填了残疾人证的其他项，须选残疾类别 / the certificate\'s other fields need its type' });
  }
  if (obj.tekun && !obj.tekun.mode) {
    problems.push({ type: 'required', path: prefix + 'tekun.mode', field: $('.m-tekun-mode', scope),
      detail: '填了特困供养的其他项，须选供养方式 / the other 特困 fields need a mode of support' });
  }
  if (scope.id === 'household' && !obj.members) obj.members = [];
  return obj;
}

// --- posting --------------------------------------------------------------

// announce says in the status line, for a screen reader, what the page
// did; the breakdown itself is read when the caseworker moves to it.
function announce(zh, english) {
  $('#status').replaceChildren(zh, ' ', en(english));
}

// formRecord is the form's record, or null when the form cannot make one
// (its problems are then shown).
function formRecord() {
  clearInvalid();
  const problems = [];
  const rec = collect($('#household'), problems);
  if (problems.length) {
    showErrors(problems, 'form', true);
    return null;
  }
  return rec;
}

// edits counts the changes to the record, so that an edit made while a
// request is under way marks its breakdown stale when it comes.
let edits = 0;

// requestTimeout is how long the page waits for the service's answer, in
// milliseconds, before it says the service did not answer.
let requestTimeout = 60000;

// One request at a time: while it is under way the assess and form-to-JSON
// buttons wait (an Enter in a field does not submit past a disabled
// button), so no older answer can overwrite a newer one or a form error.
$('#form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  if ($('#assess').disabled) return;
  clearInvalid();
  // where the record came from, as sent: the answer's errors are put on
  // the form's fields only if it came from the form
  const fromForm = $('#mode-form').checked;
  let body;
  if (!fromForm) body = $('#json').value;
  else {
    const rec = formRecord();
    if (!rec) return;
    body = JSON.stringify(rec);
  }
  const headers = { 'Content-Type': 'application/json' };
  const tok = $('#token');
  if (tok && tok.value) headers.Authorization = 'Bearer ' + tok.value.trim();
  $('#result').replaceChildren(el('p', 'busy', '测算中… ', en('assessing…')));
  $('#result').classList.remove('stale');
  $('#errors').hidden = true;
  announce('测算中…', 'assessing…');
  const at = edits;
  busy(true);
  try {
    await assess(body, headers, fromForm);
  } finally {
    busy(false);
  }
  if (edits !== at) markStale();
});

// busy disables the assess and form-to-JSON buttons while a request is
// under way, and enables them again.
function busy(on) {
  for (const b of [$('#assess'), $('#to-json')]) b.disabled = on;
}

// noAnswer is the error of a request the service did not answer, or whose
// answer did not all come, in time.
function noAnswer() {
  return [{ type: 'network', path: '', detail: `no answer in ${requestTimeout / 1000} s` }];
}

// assess posts the record and shows what the service answers: the
// breakdown, or its errors.
async function assess(body, headers, fromForm) {
  let resp, data;
  try {
    resp = await fetch('/assess?date=' + encodeURIComponent($('#date').value),
      { method: 'POST', headers, body, signal: AbortSignal.timeout(requestTimeout) });
  } catch (e) {
    showErrors(e.name === 'TimeoutError' ? noAnswer() : [{ type: 'network', path: '', detail: String(e) }], 'network', fromForm);
    return;
  }
  try {
    data = await resp.json();
  } catch (e) {
    if (e.name === 'TimeoutError') { // the body, too, must come in time
      showErrors(noAnswer(), 'network', fromForm);
      return;
    }
    showErrors([{ type: 'invalid', path: '', detail: `the service answered ${resp.status} with no JSON` }], resp.ok ? 500 : resp.status, fromForm);
    return;
  }
  if (!resp.ok) {
    showErrors(data.errors || [], resp.status, fromForm);
    return;
  }
  try {
    render(data);
  } catch (e) {
    showErrors([{ type: 'internal', path: '', detail: String(e) }], 'render', fromForm);
    return;
  }
  announce(`测算完成：总计 ${data.totals.all} 元`, `assessed: ${data.totals.all} yuan in all`);
}

// recordChanged counts a change to the record and marks a breakdown shown
// as stale.
function recordChanged() {
  edits++;
  markStale();
}
// markStale marks the breakdown shown, if any, as the old record's until
// the next assessment.
function markStale() {
  const r = $('#result');
  if (!r.querySelector('.title') || r.classList.contains('stale')) return;
  r.classList.add('stale');
  r.prepend(el('p', 'stale-note', '记录已修改：以下是修改前的测算结果，请重新测算。 ', en('The record has changed: this breakdown is of the record before; assess again.')));
}
// the mode, the sample offered and the token are not the record
$('#form').addEventListener('input', (ev) => {
  if (!ev.target.matches('input[name=mode], #sample, #token')) recordChanged();
});

// headings say what went wrong, by HTTP status or where it failed.
const headings = {
  form: ['表单未填完整', 'the form is incomplete'],
  'to-form': ['JSON 未填入表单，表单未改动', 'the JSON was not put in the form; the form is unchanged'],
  network: ['无法连接测算服务', 'the service could not be reached'],
  render: ['结果无法显示', 'the breakdown could not be shown'],
  400: ['记录有误', 'the record was refused'],
  401: ['令牌缺失或无效', 'the bearer token was missing or refused'],
  413: ['记录过大', 'the record is too large'],
  415: ['请求格式不对', 'the request was not JSON'],
  500: ['服务内部出错', 'the service failed'],
};

// errorTypes name the error types in Chinese.
const errorTypes = {
  'required': '必填', 'invalid': '无效', 'not-supported': '不在可选值内', 'duplicate': '重复', 'not-found': '找不到',
  'too-many': '过多', 'too-long': '过长', 'unknown-field': '未知字段', 'unauthorized': '未授权', 'network': '网络',
  'internal': '内部错误',
};

// fieldFor finds the form's field of an error's path
// ("members[1].incomes[0].amount", "current.payments[0].monthly"), or null.
// An error on an object the form fills field by field ("assets",
// "members[0].tekun.period") is put on its first field.
function fieldFor(path) {
  let scope = $('#household');
  let rest = path;
  for (let m; (m = /^([a-z_.]+)\[(\d+)\](?:\.(.*))?$/.exec(rest));) {
    const list = [...scope.querySelectorAll('[data-list]')].find((l) => l.dataset.list === m[1] && l.parentElement.closest('[data-scope]') === scope);
    scope = list && [...list.children].find((r) => r.dataset.index === m[2]);
    if (!scope) return null;
    rest = m[3] || '';
  }
  if (rest === '') return null;
  const own = [...scope.querySelectorAll('[data-path]')].filter((f) => f.closest('[data-scope]') === scope);
  return own.find((f) => f.dataset.path === rest) || own.find((f) => f.dataset.path.startsWith(rest + '.')) || null;
}

// label is the visible name of a field: its label's text without the
// field's own options.
function label(f) {
  const l = f.closest('label');
  if (!l) return f.getAttribute('aria-label') || '';
  const c = l.cloneNode(true);
  for (const x of c.querySelectorAll('select, input')) x.remove();
  return c.textContent.replace(/\s+/g, ' ').trim();
}

function clearInvalid() {
  for (const f of document.querySelectorAll('[aria-invalid]')) {
    f.removeAttribute('aria-invalid');
    f.removeAttribute('aria-describedby');
  }
}

// fieldOf finds the field of an error: the one the form named, the
// assessment date (the query parameter, path "date", required or invalid; a
// record has no key "date", so an error there about the record is an
// unknown or duplicate field's), or,
// for a record made by the form, the field at the error's path.
function fieldOf(e, fromForm) {
  if (e.field) return e.field;
  if (e.path === 'date' && (e.type === 'required' || e.type === 'invalid')) return $('#date');
  return fromForm && e.path ? fieldFor(e.path) : null;
}

// glosses put the commonest of the service's error details in Chinese,
// by how they begin; a detail none matches is shown in English alone.
const glosses = [
  [/^is required: the asset test is configured/, '必填：本县设有财产限额'], [/^is required/, '必填'],
  [/^is negative/, '不能为负数'], [/^has more than two decimal places/, '超过两位小数'],
  [/^has more than \d+ digits/, '位数过多'], [/^is above 10\^12/, '超过 10^12 元'], [/^is not an amount/, '不是金额'],
  [/^is not a date YYYY-MM-DD/, '日期应写作 YYYY-MM-DD'], [/^is not a day of the calendar/, '日历上没有这一天'],
  [/^is not a month YYYY-MM/, '月份应写作 YYYY-MM'], [/^is after the assessment date/, '晚于评估日'],
  [/^is outside the assessment year/, '不在评估年度内'], [/^is not 1–4/, '应为 1 至 4'],
  [/^is longer than/, '过长'], [/^holds a control character/, '含控制字符'], [/^is not the id of a member/, '不是本户成员的编号'],
  [/^has an invisible character/, '含不可见字符'], [/^has a non-ASCII space/, '含非半角空格'],
  [/^has a private-use character/, '含私用区字符'], [/^has an unassigned character/, '含未分配的字符'],
  [/^has a space at its start/, '开头有空格'], [/^has a space at its end/, '末尾有空格'], [/^is only spaces/, '只有空格'],
  [/^is not a valid assessment date/, '评估日无效'],
  [/^is before from .*: the period is reversed/, '早于起始月'], [/^is set but the member is not in centralized support/, '非集中供养不应填入住期间'],
  [/^begins outside the support's period/, '入住起始月不在供养期间内'], [/^is paid but current\.lowincome is false/, '未勾选现享受低保'],
];

// gloss returns the Chinese of an error's detail, followed by a space, or
// null when it has none.
function gloss(detail) {
  const g = glosses.find(([re]) => re.test(detail || ''));
  return g ? el('span', 'gloss', g[1], ' ') : null;
}

// rowNames name the rows of a record's lists as the form does.
const rowNames = { members: ['成员', 'member'], incomes: ['收入', 'income'], claims: ['住院', 'claim'],
  hardships: ['事件', 'event'], payments: ['发放', 'payment'] };

// rowsOf names the rows a path goes through, counting from 1 as the form
// does where the path counts from 0: "members[1].claims[0].total_cost" is
// 成员 2 · 住院 1 / member 2 · claim 1.
function rowsOf(path) {
  const zh = [], english = [];
  for (const m of path.matchAll(/([a-z_]+)\[(\d+)\]/g)) {
    const n = rowNames[m[1]];
    if (!n) continue;
    zh.push(`${n[0]} ${Number(m[2]) + 1}`);
    english.push(`${n[1]} ${Number(m[2]) + 1}`);
  }
  return zh.length ? el('span', 'row-names', zh.join(' · '), ' ', en(english.join(' · '))) : null;
}

// showErrors lists the errors with a heading that says what failed; where
// the record came from the form, each error's field is marked and named.
function showErrors(errors, status, fromForm) {
  $('#result').replaceChildren();
  const box = $('#errors');
  const fields = errors.map((e) => fieldOf(e, fromForm));
  const rows = errors.map((e, i) => {
    const f = fields[i];
    const row = el('tr', '', el('td', 'path', e.path || '—', rowsOf(e.path || ''), f ? el('span', 'field', label(f)) : null),
      el('td', '', errorTypes[e.type] ? `${errorTypes[e.type]} ` : '', en(e.type)),
      el('td', '', e.value || ''), el('td', '', gloss(e.detail), e.detail));
    if (f) { // the field says it is invalid, and why: its error's row
      row.id = 'error-' + i;
      f.setAttribute('aria-invalid', 'true');
      f.setAttribute('aria-describedby', [f.getAttribute('aria-describedby'), row.id].filter(Boolean).join(' '));
    }
    return row;
  });
  const h = headings[status] || (status >= 500 ? headings[500] : headings[400]);
  box.replaceChildren(
    el('h2', '', h[0], ' ', en(h[1]), typeof status === 'number' ? ` (${status})` : ''),
    el('div', 'scroll', el('table', 'errors', el('thead', '', el('tr', '', el('th', '', '字段 path'), el('th', '', '类型 type'),
      el('th', '', '值 value'), el('th', '', '说明 detail'))), el('tbody', '', ...rows))));
  box.hidden = false;
  announce(h[0], h[1]);
  const first = fields.find(Boolean);
  if (first) first.focus();
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
  return el('div', 'explain', el('p', 'zh', x.zh), en(x.en, 'p'));
}
function clauses(cs) {
  return cs && cs.length ? el('span', 'clauses', '[' + cs.join(' ') + ']') : null;
}
function who(member) {
  return member ? el('span', 'who', '成员 ', member) : el('span', 'who', '户 ', en('household'));
}
const provisionalMark = () => el('span', 'prov', '※ 含暂定参数 ', en('rests on a provisional parameter'));

// periodText names a line's months and its schedule (0: months 1…m−1 pay
// the regular month, month m the rest), as the text breakdown does: "7–12
// 月：61.33 × 5 + 61.35", or for one month "12 月：415.67".
function periodText(l) {
  const p = l.period;
  if (l.lump) return [`${p.from} 月一次性`, `lump sum in month ${p.from}`];
  const s = l.schedule;
  const pay = s.months > 1 ? `${s.month} × ${s.months - 1} + ${s.last}` : s.last;
  return p.from === p.to ? [`${p.from} 月：${pay}`, `month ${p.from}: ${pay}`]
    : [`${p.from}–${p.to} 月：${pay}`, `months ${p.from}–${p.to}: ${pay}`];
}

// item names a line's item, [Chinese, English].
const item = (x) => name('item', x);

// params lists the parameters a line used, folded.
function params(ps) {
  if (!ps || !ps.length) return null;
  return el('details', 'params', el('summary', '', '所用参数 ', en('parameters used'), ` (${ps.length})`),
    el('ul', '', ...ps.map((p) => el('li', p.provenance === 'provisional' ? 'prov' : '', el('code', '', p.name), ` = ${p.value} `,
      el('span', 'provenance', `[${p.provenance}]`), ' ', el('span', 'source', p.source)))));
}

function lineBlock(l) {
  const payee = name('payee', l.payee), payer = name('payer', l.payer), form = name('form', l.form);
  return el('div', 'line' + (l.provisional ? ' provisional' : ''),
    el('div', 'head', both(item(l.item), 'span', 'item'), who(l.member), l.id ? el('span', 'ref', l.id) : null,
      el('span', 'flow', `→ ${payee[0]}（${form[0]}），${payer[0]}支付 `, en(`to ${payee[1]} (${form[1]}), paid by ${payer[1]}`)),
      el('span', 'amount', l.annual, ' 元'), clauses(l.clauses)),
    both(periodText(l), 'p', 'period'),
    l.service ? el('p', 'service', l.service) : null,
    explanation(l.explanation),
    l.provisional ? provisionalMark() : null,
    params(l.params));
}

// referralLine shows a line that pays nothing but refers the household or a
// member to a service (特困's to a nursing or psychiatric institution,
// 2.2.2; temporary aid's referral, 2.4.3): no amount, payer or schedule.
function referralLine(l) {
  return referralBlock(name('programme', l.programme), l, who(l.member));
}

// referralBlock shows a referral by whom it goes to or from (a department,
// a programme) with its service, whom it is for (a programme's line names
// the household too), its claim or event, and clauses.
function referralBlock(by, r, whom = r.member ? who(r.member) : null) {
  return el('div', 'referral', el('div', 'head', both(by, 'span', 'dept'), el('span', 'service', r.service || ''),
    whom, r.id ? el('span', 'ref', r.id) : null, clauses(r.clauses)), explanation(r.explanation));
}

// decidedMonths names the months a decision or check is for when they are
// not the whole year: under a set loaded from mid-year, for one, a rule
// decides once per period (ineligible in months 1–6, eligible in 7–12),
// and without the months the two would seem to contradict.
function decidedMonths(p) {
  if (!p || (p.from === 1 && p.to === 12)) return null;
  return p.from === p.to ? both([`${p.from} 月`, `month ${p.from}`], 'span', 'months')
    : both([`${p.from}–${p.to} 月`, `months ${p.from}–${p.to}`], 'span', 'months');
}

// decisionBlock shows a decision, marked when a parameter it read is
// provisional, with the parameters folded as a line's are.
function decisionBlock(d) {
  const o = outcomes[d.outcome] || [d.outcome, d.outcome];
  const prov = (d.params || []).some((p) => p.provenance === 'provisional');
  return el('div', 'decision' + (prov ? ' provisional' : ''), el('div', 'head', both(o, 'span', 'outcome ' + d.outcome),
    d.item ? both(item(d.item), 'span', 'item') : null, who(d.member), d.id ? el('span', 'ref', d.id) : null,
    decidedMonths(d.period), clauses(d.clauses)), explanation(d.explanation),
    prov ? provisionalMark() : null, params(d.params));
}

// monthlyKinds are the findings whose amount is a month's: what is paid
// now against what is due each month (2.1.2); the others' are a year's or
// one event's.
const monthlyKinds = new Set(['underpayment', 'overpayment', 'wrongful', 'not-exited']);

// render shows a breakdown. A breakdown with no lines (a refused
// household) has no totals by programme, payee or payer: each list may be
// missing.
function render(b) {
  const out = [];
  const lines = b.lines || [];
  const sets = (b.sets || []).map((s) => `${s.name}（${s.from} 起 from ${s.from}）`).join('；');
  const place = [b.township, b.village].filter(Boolean).join(' ');
  const several = (b.sets || []).length > 1;
  out.push(el('div', 'title',
    el('h2', '', `家庭 ${b.household}（${place}），评估日 ${b.date}，${b.year} 年参数`),
    en(`household ${b.household} (${place}), assessed on ${b.date} under the ${b.year} parameter set${several ? 's' : ''}`, 'p'),
    sets ? el('p', 'sets', sets) : null));
  const month = Number(b.date.slice(5, 7)); // D's month

  // a referral line pays nothing: it is shown under 转介, not as a payment,
  // and not counted in the totals' lines (the service's totals count it)
  const paid = lines.filter((l) => l.form !== 'referral');
  const referLines = lines.filter((l) => l.form === 'referral');
  const t = b.totals;
  const all = el('strong', '', t.all);
  all.id = 'total-all';
  const group = (kind, zh, english, xs) => {
    const rows = (xs || []).map((x) => [x, paid.filter((l) => l[kind] === x.key).length]).filter(([, n]) => n > 0);
    return rows.length ? [el('tr', 'group', el('th', '', zh, ' ', en(english)), el('th', 'num', '元 yuan'), el('th', '', '')),
      ...rows.map(([x, n]) => sumRow(kind, x, n))] : [];
  };
  out.push(el('section', 'totals',
    el('h3', '', '合计（本年应得，元） ', en("totals (this year's entitlement, yuan)")),
    el('p', 'all', '总计 ', en('all'), ': ', all, ' 元'),
    paid.length ? el('table', 'sums', el('tbody', '',
      ...group('programme', '按项目', 'by programme', t.by_programme),
      ...group('payee', '按领取方', 'by payee', t.by_payee),
      ...group('payer', '按支付方', 'by payer', t.by_payer))) : el('p', 'none', '本年无应发款项 ', en('nothing is due this year'))));

  for (const [i, p] of vocab.programmes.entries()) {
    const own = paid.filter((l) => l.programme === p);
    const refers = referLines.filter((l) => l.programme === p).length;
    const decisions = (b.decisions || []).filter((d) => d.programme === p);
    const pn = name('programme', p);
    const sec = el('section', 'programme', el('h3', '', `${i + 1}. ${pn[0]} `, en(pn[1])));
    sec.dataset.programme = p;
    if (p === 'lowincome' && b.lowincome && b.lowincome.size > 0) {
      sec.append(el('p', 'counted', `评估日所在 ${month} 月：低保家庭人数 n = ${b.lowincome.size} 人，计入收入 I = ${b.lowincome.income} 元/年 `,
        en(`in month ${month}, the assessment date's: household size n = ${b.lowincome.size}, counted income I = ${b.lowincome.income} a year`)));
    }
    if (!own.length && !decisions.length && !refers) sec.append(el('p', 'none', '无 ', en('none')));
    for (const d of decisions) sec.append(decisionBlock(d));
    for (const l of own) sec.append(lineBlock(l));
    if (own.length) {
      const sub = own.reduce((a, l) => a + fen(l.annual), 0);
      sec.append(el('p', 'subtotal', '小计 ', en('subtotal'), `: ${yuan(sub)} 元`));
    }
    if (refers) sec.append(el('p', 'see-referrals', `转介 ${refers} 项，见“转介” `, en(`${refers} referral(s): see referrals`)));
    out.push(sec);
  }

  if (b.findings && b.findings.length) {
    out.push(el('section', 'findings', el('h3', '', '发现 ', en('findings')),
      ...b.findings.map((f) => findingBlock(f, restsOnProvisional(f, lines, month)))));
  }
  // the departments' referrals, then the programmes' own (a line whose
  // form is a referral)
  if ((b.referrals && b.referrals.length) || referLines.length) {
    out.push(el('section', 'referrals', el('h3', '', '转介 ', en('referrals')),
      ...(b.referrals || []).map((r) => referralBlock(vocab.departments[r.department] || [r.department, r.department], r)),
      ...referLines.map(referralLine)));
  }
  out.push(schedule(b.year, paid));
  // the asset test of every run of months where the year's differ, else
  // the one test of the year
  const assets = b.assets_by_period && b.assets_by_period.length ? b.assets_by_period : [b.assets];
  const checks = [...assets, ...(b.checks || [])].filter(Boolean);
  out.push(el('details', 'checks', el('summary', '', '参数核查 ', en('parameter checks'), ` (${checks.length})`),
    ...checks.map((c) => el('div', 'check', el('div', 'head', both(outcomes[c.status] || [c.status, c.status], 'span', 'outcome ' + c.status),
      el('span', 'item', c.name), decidedMonths(c.period), clauses(c.clauses)), explanation(c.explanation)))));
  if (b.provisional && b.provisional.length) {
    out.push(el('section', 'provisional', el('h3', '', '※ 所依暂定参数 ', en('provisional parameters this breakdown rests on')),
      el('ul', '', ...b.provisional.map((p) => el('li', '', el('code', '', p.name), ` = ${p.value} — ${p.source}`)))));
  }
  $('#result').replaceChildren(...out);
}

// findingBlock shows a finding: its kind, the item and claim or event it is
// about (two 少发 findings, of the base and of the class-A uplift, differ
// only there), and its amount when it has one — a month's for the kinds
// that compare monthly payments.
function findingBlock(f, provisional) {
  return el('div', 'finding' + (provisional ? ' provisional' : ''), el('div', 'head', both(name('finding', f.kind), 'span', 'kind'),
    both(name('programme', f.programme), 'span', 'prog'), f.item ? both(item(f.item), 'span', 'item') : null,
    f.member ? who(f.member) : null, f.id ? el('span', 'ref', f.id) : null,
    f.amount && fen(f.amount) !== 0 ? el('span', 'amount', f.amount, monthlyKinds.has(f.kind) ? ' 元/月' : ' 元') : null,
    clauses(f.clauses)), explanation(f.explanation),
    provisional ? el('span', 'prov', '※ 所涉明细行含暂定参数 ', en('the line it speaks of rests on a provisional parameter')) : null);
}

// restsOnProvisional reports whether a finding speaks of a line resting on
// a provisional parameter: a line of its programme and member, of its item
// and claim or event when it names them, and for a finding on what is paid
// now (a monthly kind), a line covering the assessment date's month — as
// the audit example marks its findings.
function restsOnProvisional(f, lines, month) {
  return lines.some((l) => l.provisional && l.programme === f.programme && (l.member || '') === (f.member || '') &&
    (!f.item || l.item === f.item) && (!f.id || l.id === f.id) &&
    (!monthlyKinds.has(f.kind) || (l.period && l.period.from <= month && month <= l.period.to)));
}

// sumRow is a total's row: its key, its sum and how many lines that pay
// it adds up (a referral line pays nothing: the service's count of lines
// has it, this one not, and says so).
function sumRow(kind, x, lines) {
  const n = name(kind, x.key);
  return el('tr', kind, el('th', '', n[0], ' ', en(n[1])), el('td', 'num', x.annual), el('td', 'count', `${lines} 条应发 line(s) paying`));
}

// schedule is the month-by-month table of a year's lines that pay: each
// line's payments in the months it pays, a lump sum in its month, and each
// month's total.
function schedule(year, lines) {
  const months = [...Array(12).keys()].map((i) => i + 1);
  const sums = Array(13).fill(0);
  const rows = lines.map((l) => {
    const cells = Array(13).fill(0);
    if (l.lump) cells[l.period.from] = fen(l.annual);
    else {
      for (let m = l.period.from; m <= l.period.to; m++) cells[m] = fen(m === l.period.to ? l.schedule.last : l.schedule.month);
    }
    months.forEach((m) => { sums[m] += cells[m]; });
    return el('tr', l.lump ? 'lump' : '', el('th', '', item(l.item)[0], l.member ? ` ${l.member}` : '', l.id ? ` ${l.id}` : ''),
      ...months.map((m) => el('td', 'num', cells[m] ? yuan(cells[m]) : '')), el('td', 'num', l.annual));
  });
  const all = months.reduce((a, m) => a + sums[m], 0);
  return el('section', 'schedule', el('h3', '', '按月发放 ', en('month by month'), ` (${year})`),
    el('div', 'scroll', el('table', 'months', el('thead', '', el('tr', '', el('th', '', '项目 line'), ...months.map((m) => el('th', 'num', `${m}月`)), el('th', 'num', '全年 year'))),
      el('tbody', '', ...rows),
      el('tfoot', '', el('tr', '', el('th', '', '合计 total'), ...months.map((m) => el('td', 'num', yuan(sums[m]))), el('td', 'num', yuan(all)))))));
}

// print the folded checks too
window.addEventListener('beforeprint', () => { for (const d of document.querySelectorAll('details')) d.open = true; });

// sampleLines are the (invented) sample households' records, one JSON
// text each, offered for the text area by their ids.
const sampleLines = JSON.parse($('#samples').textContent).trim().split('\n');
for (const [i, l] of sampleLines.entries()) {
  const o = el('option', '', JSON.parse(l).id);
  o.value = i;
  $('#sample').append(o);
}

addMember();
numberRows();
setMode('form');
