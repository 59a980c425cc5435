// Designer playground: pick a strategy and problem, chat as a learner, and watch the phase diagram (from the
// strategy's transparency data), the learner state and the guard events of every turn.
const api = '/didactics';
const headers = { 'Content-Type': 'application/json', 'X-Didactics-Tenant': 'demo' };
const $ = (id) => document.getElementById(id);
let strategies = [];
let sessionId = null;

function say(who, text) {
  const div = document.createElement('div');
  div.className = 'msg ' + who;
  div.textContent = text;
  $('chat').appendChild(div);
  $('chat').scrollTop = $('chat').scrollHeight;
}

async function problemDetail(response) {
  try {
    const p = await response.json();
    return p.errors ? Object.values(p.errors).flat().join(' ') : (p.detail || p.title);
  } catch { return response.statusText; }
}

function drawDiagram(name, current) {
  const s = strategies.find(x => x.name === name);
  if (!s) return;
  $('description').textContent = s.description || '';
  const phases = $('phases');
  phases.replaceChildren(...s.phases.map(p => {
    const span = document.createElement('span');
    span.className = 'phase' + (p.isStart ? ' start' : '') + (p.isTerminal ? ' terminal' : '') + (p.name === current ? ' current' : '');
    span.dataset.phase = p.name;
    span.title = p.move;
    span.textContent = p.name;
    return span;
  }));
  $('transitions').replaceChildren(...s.transitions.map(t => {
    const li = document.createElement('li');
    li.textContent = `${t.from === '*' ? 'any' : t.from} —${t.on}→ ${t.to}`;
    return li;
  }));
}

async function refreshState(turn) {
  const s = await (await fetch(`${api}/sessions/${sessionId}`, { headers })).json();
  $('s-phase').textContent = s.phase;
  $('s-signal').textContent = turn.signal;
  $('s-turns').textContent = s.turns;
  $('s-attempts').textContent = s.attempts;
  $('s-hint').textContent = s.hintLevel;
  $('s-solved').textContent = s.solved ? 'yes' : 'no';
  $('s-ended').textContent = s.ended ? 'yes' : 'no';
  $('s-version').textContent = s.version;
  drawDiagram(s.strategy, s.phase);
  for (const e of turn.events) {
    $('no-events')?.remove();
    const li = document.createElement('li');
    li.className = 'event';
    li.dataset.kind = e.kind;
    li.textContent = `turn ${turn.turn}: ${e.kind} — ${e.detail}`;
    $('events').appendChild(li);
  }
  const ended = s.ended;
  $('text').disabled = ended;
  $('sendButton').disabled = ended;
}

async function init() {
  strategies = await (await fetch(api + '/strategies', { headers })).json();
  const problems = await (await fetch(api + '/problems', { headers })).json();
  $('strategy').replaceChildren(...strategies.map(s => new Option(s.name, s.name)));
  $('problem').replaceChildren(...problems.map(p => new Option(`${p.statement} (${p.language})`, p.id)));
  $('strategy').addEventListener('change', () => drawDiagram($('strategy').value, null));
  drawDiagram(strategies[0]?.name, null);
}

$('start').addEventListener('click', async () => {
  $('error').textContent = '';
  $('chat').replaceChildren();
  $('events').replaceChildren(Object.assign(document.createElement('li'), { id: 'no-events', className: 'muted', textContent: 'none yet' }));
  const response = await fetch(api + '/sessions', {
    method: 'POST', headers,
    body: JSON.stringify({ strategy: $('strategy').value, problemId: $('problem').value, learner: 'designer' }),
  });
  if (!response.ok) { $('error').textContent = await problemDetail(response); return; }
  const opening = await response.json();
  sessionId = opening.sessionId;
  say('tutor', opening.reply);
  await refreshState(opening);
});

$('send').addEventListener('submit', async (e) => {
  e.preventDefault();
  const text = $('text').value.trim();
  if (!text || !sessionId) return;
  $('text').value = '';
  $('error').textContent = '';
  say('learner', text);
  const response = await fetch(`${api}/sessions/${sessionId}/turns`, {
    method: 'POST', headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ text }),
  });
  if (!response.ok) { $('error').textContent = await problemDetail(response); return; }
  const turn = await response.json();
  say('tutor', turn.reply);
  await refreshState(turn);
});

init().catch(e => { $('error').textContent = String(e); });
