// The teacher view: sessions of the teacher's classes with their learner state, alerts streamed live (server-sent
// events read with fetch, so a bearer token can be sent), transcript review, ending a session and switching its strategy.
// A token comes from #token=… in the address (kept in sessionStorage, removed from the address) when the host requires one.
(() => {
  const api = "/didactics/";
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fromHash) { sessionStorage.setItem("didactics.token", fromHash); history.replaceState(null, "", location.pathname); }
  const token = sessionStorage.getItem("didactics.token");
  const headers = (json) => Object.assign(json ? { "Content-Type": "application/json" } : {}, token ? { Authorization: "Bearer " + token } : {});
  const $ = (id) => document.getElementById(id);
  let selected = null;

  async function call(path, options = {}) {
    const response = await fetch(api + path, Object.assign({ headers: headers(!!options.body) }, options));
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) { throw new Error((body && (body.detail || body.title)) || response.statusText); }
    return body;
  }

  function cell(row, text, cls) { const td = row.insertCell(); td.textContent = text; if (cls) td.className = cls; return td; }
  const minutes = (s) => s < 60 ? Math.round(s) + " s" : Math.round(s / 60) + " min";
  const mastery = (m) => { const v = Object.values(m); return v.length ? Math.round(100 * v.reduce((a, b) => a + b, 0) / v.length) + "%" : "–"; };

  async function loadSessions() {
    try {
      const cls = $("class").value;
      const sessions = await call("teacher/sessions" + (cls ? "?class=" + encodeURIComponent(cls) : ""));
      const body = $("sessions").tBodies[0];
      body.replaceChildren();
      for (const s of sessions) {
        const row = body.insertRow();
        row.dataset.session = s.sessionId;
        row.className = s.ended ? "ended" : "active";
        cell(row, s.learner); cell(row, s.class || "–");
        cell(row, s.strategy + " / " + s.phase + (s.ended ? " (ended)" : s.solved ? " (solved)" : ""), "phase-cell");
        cell(row, s.attempts); cell(row, s.hintLevel); cell(row, mastery(s.mastery));
        const meter = cell(row, Math.round(100 * s.delegation.share) + "%", s.delegation.delegating ? "delegating" : "");
        meter.title = s.delegation.directive + " of " + s.delegation.total + " turns asked for the answer";
        cell(row, minutes(s.timeOnTaskSeconds)); cell(row, s.lastModel || "–");
        cell(row, (s.safeguarding ? "⚠ " : "") + s.alerts.join(", "), s.safeguarding ? "safeguarding" : "");
        const open = document.createElement("button"); open.textContent = "Review"; open.className = "review";
        open.onclick = () => review(s.sessionId);
        row.insertCell().append(open);
      }
      $("empty").hidden = sessions.length > 0;
      for (const s of sessions) {
        if (s.class && ![...$("class").options].some(o => o.value === s.class)) { $("class").add(new Option(s.class, s.class)); }
      }
      $("error").textContent = "";
    } catch (e) { $("error").textContent = e.message; }
  }

  async function review(id) {
    selected = id;
    const r = await call("teacher/sessions/" + encodeURIComponent(id));
    $("review").hidden = false;
    $("reviewTitle").textContent = r.session.learner + " · " + r.session.strategy + " · " + r.session.phase + (r.session.ended ? " (ended)" : "");
    $("transcript").replaceChildren(...r.transcript.map(e => {
      const div = document.createElement("div");
      div.className = "msg " + (e.speaker === "Learner" ? "learner" : "tutor");
      div.textContent = e.text;
      return div;
    }));
    for (const a of r.alerts.filter(a => a.message)) {
      const div = document.createElement("div");
      div.className = "msg safeguarding"; div.textContent = "Learner wrote (not sent to any model): " + a.message;
      $("transcript").append(div);
    }
    $("models").replaceChildren(...r.models.map(m => {
      const li = document.createElement("li");
      li.textContent = "turn " + m.turn + ": " + (m.provider === "None" ? "authored content" : m.provider + ":" + m.model) + " (" + m.reason + ")";
      return li;
    }));
  }

  function showAlert(a) {
    const li = document.createElement("li");
    li.className = "alert " + a.kind;
    li.dataset.session = a.sessionId;
    li.textContent = new Date(a.at).toLocaleTimeString() + " · " + a.kind + " · " + a.learner + (a.class ? " (" + a.class + ")" : "") + ": " + a.detail;
    $("alerts").prepend(li);
  }

  // Server-sent events over fetch: EventSource cannot send an Authorization header.
  async function listen() {
    for (;;) {
      try {
        const response = await fetch(api + "teacher/alerts/stream", { headers: Object.assign({ Accept: "text/event-stream" }, headers(false)) });
        if (!response.ok) { throw new Error("alert stream: " + response.status); }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end); buffer = buffer.slice(end + 2);
            const type = (block.match(/^event: ?(.*)$/m) || [])[1];
            const data = block.split("\n").filter(l => l.startsWith("data:")).map(l => l.replace(/^data: ?/, "")).join("\n");
            if (type === "ready") { $("live").textContent = "live"; }
            if (type === "alert") { showAlert(JSON.parse(data)); loadSessions(); }
          }
        }
      } catch (e) { $("live").textContent = "reconnecting…"; }
      await new Promise(r => setTimeout(r, 2000));
    }
  }

  $("refresh").onclick = loadSessions;
  $("class").onchange = loadSessions;
  $("end").onclick = async () => { if (selected) { await call("teacher/sessions/" + encodeURIComponent(selected) + "/end", { method: "POST" }); await review(selected); await loadSessions(); } };
  $("switch").onclick = async () => {
    if (!selected) return;
    try {
      await call("teacher/sessions/" + encodeURIComponent(selected) + "/strategy", { method: "POST", body: JSON.stringify({ strategy: $("switchTo").value }) });
      await review(selected); await loadSessions();
    } catch (e) { $("error").textContent = e.message; }
  };

  (async () => {
    try {
      const card = await call("school/card");
      $("school").textContent = (card.name || card.tenant) + " · model: " + (card.provider === "None" ? "authored content" : card.provider + ":" + card.model) + " (" + card.status + ")";
      for (const s of await call("strategies")) { $("switchTo").add(new Option(s.name, s.name)); }
      const alerts = await call("teacher/alerts");
      alerts.reverse().forEach(showAlert);
    } catch (e) { $("error").textContent = e.message; }
    await loadSessions();
    setInterval(loadSessions, 5000);
    listen();
  })();
})();
