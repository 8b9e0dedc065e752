// Progressive enhancement only: every action on these pages also works as a plain form post.
document.addEventListener('DOMContentLoaded', () => {
  enableConfirmations();
  enableBoardDragAndDrop();
  enableStreamingChat();
  enableImportProgress();
  labelTableCells();
});

// Each cell carries its column's header as data-label, which a phone's stylesheet shows before it
// (there the rows are cards and the header row is hidden). A first column of text names the row itself.
function labelTableCells() {
  document.querySelectorAll('table').forEach(table => {
    // a header said only to screen readers (that of a column of buttons) labels no cell
    const headers = [...table.querySelectorAll(':scope > thead > tr > th')]
      .map(th => th.querySelector('.visually-hidden') ? '' : th.textContent.trim());
    table.querySelectorAll(':scope > tbody > tr').forEach(row => {
      [...row.children].forEach((cell, i) => {
        const namesRow = i === 0 && !cell.querySelector('input, select, textarea');
        if (!namesRow && headers[i] && cell.tagName === 'TD') cell.dataset.label = headers[i];
      });
    });
  });
}

// An import job's page: its progress and counts, read from the API every second until it finishes.
function enableImportProgress() {
  const section = document.getElementById('import-job');
  if (!section || section.dataset.finished === 'true') return;
  const set = (id, value) => { const e = document.getElementById(id); if (e) e.textContent = value; };
  const poll = () => fetch('/api/v1/imports/' + section.dataset.job, {headers: {'Accept': 'application/json'}})
    .then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(job => {
      set('import-status', job.status);
      const bar = document.getElementById('import-progress');
      bar.value = job.percent;
      bar.textContent = job.percent + ' %';
      ['created', 'updated', 'unchanged', 'refused'].forEach(k => set('import-' + k, job[k]));
      if (job.errors_url) document.getElementById('import-errors').hidden = false;
      if (job.status === 'done' || job.status === 'failed') {
        if (job.error) { set('import-status', job.status + ': ' + job.error); }
        // The server renders the undo button (with its CSRF token) for a finished job that wrote.
        if (job.change_set_id) window.location.reload();
      } else {
        setTimeout(poll, 1000);
      }
    })
    .catch(() => setTimeout(poll, 5000));
  poll();
}

// Forms with data-confirm ask before they post (an inline onsubmit would break the CSP).
function enableConfirmations() {
  document.querySelectorAll('form[data-confirm]').forEach(form => {
    form.addEventListener('submit', event => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
}

// The board: dropping a card on a column picks that stage in the card's own form (which carries the
// CSRF token) and submits it.
function enableBoardDragAndDrop() {
  document.querySelectorAll('.board .deal').forEach(card => {
    card.addEventListener('dragstart', event => event.dataTransfer.setData('text/plain', card.dataset.deal));
  });
  document.querySelectorAll('.board .column').forEach(column => {
    column.addEventListener('dragover', event => { event.preventDefault(); column.classList.add('drop'); });
    column.addEventListener('dragleave', () => column.classList.remove('drop'));
    column.addEventListener('drop', event => {
      event.preventDefault();
      column.classList.remove('drop');
      const card = document.getElementById('deal-' + event.dataTransfer.getData('text/plain'));
      if (!card || card.closest('.column') === column) return;
      const form = card.querySelector('form.move');
      if (!form) return; // a read-only account's board has no move forms
      form.querySelector('select[name=status]').value = column.dataset.stage;
      form.submit();
    });
  });
}

// The chat: post the message to the streaming endpoint and show the answer as it arrives (SSE over fetch).
function enableStreamingChat() {
  const form = document.getElementById('chat-form');
  if (!form || !window.ReadableStream) return;
  const send = form.querySelector('button[type=submit]');
  const stop = document.getElementById('chat-stop');
  let streaming = null;
  // Stop closes the stream, which cancels the turn on the server: what ran is kept, and the stored
  // conversation answers the message with the same sentence the answer's bubble now shows.
  if (stop) stop.addEventListener('click', () => { if (streaming) streaming.abort(); });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    // One answer at a time: a message sent meanwhile would wait behind this one, then be lost
    // when the page reloads at its end.
    if (streaming) return;
    const input = form.querySelector('[name=message]');
    const text = input.value.trim();
    if (!text) return;
    streaming = new AbortController();
    send.disabled = true;
    if (stop) stop.hidden = false;
    try {
      await streamAnswer(form, input, text, streaming.signal);
    } catch (e) {
      if (e.name !== 'AbortError') throw e;
      const stopped = document.querySelector('#messages .message.assistant:last-child .bubble');
      if (stopped) {
        stopped.classList.remove('thinking');
        stopped.classList.add('empty');
        stopped.textContent = 'You stopped this answer before it was finished.';
      }
    } finally {
      streaming = null;
      send.disabled = false;
      if (stop) stop.hidden = true;
    }
  });
}

async function streamAnswer(form, input, text, signal) {
  input.value = '';
  const messages = document.getElementById('messages');
  messages.appendChild(bubble('user', text));
  const answer = bubble('assistant', '');
  messages.appendChild(answer);
  const target = answer.querySelector('.bubble');
  const progress = document.createElement('ul');
  progress.className = 'progress';
  answer.appendChild(progress);
  target.classList.add('thinking');
  target.textContent = 'Thinking…';
  let written = '';
  const show = text => { target.classList.remove('thinking'); target.textContent = text; };
  const fail = detail => { target.classList.remove('thinking'); target.classList.add('error'); target.textContent = detail; };
  let response;
  try {
    response = await fetch(form.dataset.stream, {
      method: 'POST',
      signal,
      headers: Object.assign({'Content-Type': 'application/json', 'Accept': 'text/event-stream'}, csrfHeader()),
      body: JSON.stringify({conversation_id: form.dataset.conversation, message: text})
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    fail('The assistant could not be reached: ' + e.message);
    return;
  }
  if (!response.ok) {
    let detail = 'Error ' + response.status;
    try {
      // a refused message names its field and rule in errors, as the plain form post's alert does
      const problem = await response.json();
      const rules = Object.entries(problem.errors || {}).map(([field, rule]) => 'the ' + field + ' ' + rule);
      detail = rules.length ? 'Not sent: ' + rules.join('; ') + '.' : problem.detail || detail;
    } catch (e) { /* not problem+json */ }
    if (response.status === 400) input.value = text; // the draft comes back to be fixed
    fail(detail);
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      fail('The connection was lost before the assistant finished: ' + e.message);
      return;
    }
    const {done, value} = chunk;
    if (done) break;
    buffer += decoder.decode(value, {stream: true});
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const chunk = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = (chunk.match(/^event:(.*)$/m) || [])[1]?.trim();
      const data = chunk.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('\n');
      if (!name || !data) continue;
      const event = JSON.parse(data);
      if (name === 'text') { written += event.text; show(written); }
      if (name === 'tool') {
        const step = document.createElement('li');
        step.className = 'running';
        step.textContent = event.display_name + '…';
        progress.appendChild(step);
      }
      if (name === 'action') {
        const step = progress.querySelector('li.running') || progress.appendChild(document.createElement('li'));
        step.className = event.status;
        step.textContent = event.display_name + ': ' + event.status + (event.error ? ' — ' + event.error : '');
      }
      if (name === 'error') { fail(event.detail); return; }
      if (name === 'done') {
        if (!event.text) show('The assistant gave no answer.');
        window.location.reload();
        return;
      }
    }
  }
  if (target.classList.contains('thinking')) fail('The connection closed before the assistant answered.');
}

// The session's CSRF token, from the page's meta tags: a write that rides on the session cookie needs it.
function csrfHeader() {
  const token = document.querySelector('meta[name=_csrf]');
  const header = document.querySelector('meta[name=_csrf_header]');
  return token && header ? {[header.content]: token.content} : {};
}

function bubble(role, text) {
  const div = document.createElement('div');
  div.className = 'message ' + role;
  const span = document.createElement('span');
  span.className = 'bubble';
  span.textContent = text;
  div.appendChild(span);
  return div;
}
