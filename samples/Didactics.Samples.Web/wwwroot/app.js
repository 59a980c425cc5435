// Learner chat: one session on the first catalogue problem; replies stream as server-sent events.
const api = '/didactics';
const headers = { 'Content-Type': 'application/json', 'X-Didactics-Tenant': 'demo' };
let sessionId = null;

const chat = document.getElementById('chat');
const error = document.getElementById('error');

function say(who, text) {
  const div = document.createElement('div');
  div.className = 'msg ' + who;
  div.textContent = text;
  chat.appendChild(div);
  chat.scrollTop = chat.scrollHeight;
  return div;
}

async function problemDetail(response) {
  try {
    const p = await response.json();
    return p.errors ? Object.values(p.errors).flat().join(' ') : (p.detail || p.title);
  } catch { return response.statusText; }
}

async function start() {
  const problems = await (await fetch(api + '/problems', { headers })).json();
  const problem = problems[0];
  document.getElementById('problem').textContent = problem.statement;
  const response = await fetch(api + '/sessions', {
    method: 'POST', headers,
    body: JSON.stringify({ strategy: 'socratic', problemId: problem.id, learner: 'learner-' + Math.floor(Math.random() * 1e6) }),
  });
  if (!response.ok) { error.textContent = await problemDetail(response); return; }
  const opening = await response.json();
  sessionId = opening.sessionId;
  document.getElementById('phase').textContent = opening.phase;
  say('tutor', opening.reply);
}

// Reads a text/event-stream response body: "phase", then "delta" pieces of the reply, then "done".
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let type = 'message', data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) type = line.slice(6).trim();
        else if (line.startsWith('data:')) data += line.slice(5).trim();
      }
      onEvent(type, JSON.parse(data));
    }
  }
}

document.getElementById('send').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = document.getElementById('text');
  const text = input.value.trim();
  if (!text || !sessionId) return;
  input.value = '';
  error.textContent = '';
  say('learner', text);
  const response = await fetch(`${api}/sessions/${sessionId}/turns`, {
    method: 'POST',
    headers: { ...headers, 'Accept': 'text/event-stream', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ text }),
  });
  if (!response.ok) { error.textContent = await problemDetail(response); return; }
  const bubble = say('tutor', '');
  await readEvents(response, (type, data) => {
    if (type === 'phase') document.getElementById('phase').textContent = data.phase;
    if (type === 'delta') bubble.textContent += data;
    if (type === 'done') bubble.dataset.done = 'true';
  });
});

start().catch(e => { error.textContent = String(e); });
