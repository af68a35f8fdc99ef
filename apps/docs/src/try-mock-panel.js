// "Try against the local mock": a small panel, present only when the docs are served next to the
// mock (scripts/serve.mjs --mock-url). Redoc CE has no try-it console, so this sends the chosen
// operation's documented example request to the mock and shows the answer. Self-contained: it
// talks to nothing but the mock URL it was given.
(() => {
  const config = window.__UCG_TRY_MOCK__;
  if (!config || !Array.isArray(config.operations) || config.operations.length === 0) return;

  const style = document.createElement('style');
  style.textContent = `
    #ucg-try { position: fixed; right: 16px; bottom: 16px; z-index: 1000; width: min(440px, calc(100vw - 32px));
      font: 13px/1.4 system-ui, sans-serif; color: #1f2937; background: #fff; border: 1px solid #c7d0fe;
      border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, .12); }
    #ucg-try > button { width: 100%; padding: 8px 12px; border: 0; border-radius: 8px; background: #3d5afe;
      color: #fff; font: inherit; font-weight: 600; text-align: left; cursor: pointer; }
    #ucg-try .body { padding: 10px 12px; display: grid; gap: 8px; }
    #ucg-try select, #ucg-try .send { font: inherit; padding: 4px 6px; }
    #ucg-try .send { background: #3d5afe; color: #fff; border: 0; border-radius: 4px; cursor: pointer; justify-self: start; }
    #ucg-try pre { margin: 0; padding: 6px 8px; background: #f3f4f6; border-radius: 4px; max-height: 240px;
      overflow: auto; font: 12px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; }
    #ucg-try .note { color: #6b7280; font-size: 12px; }`;
  document.head.appendChild(style);

  const el = (tag, props = {}, children = []) => {
    const node = Object.assign(document.createElement(tag), props);
    for (const child of children) node.append(child);
    return node;
  };

  const panel = el('section', { id: 'ucg-try', ariaLabel: 'Try against the local mock' });
  const toggle = el('button', { type: 'button', textContent: '▸ Try against the local mock' });
  const select = el(
    'select',
    { ariaLabel: 'Operation' },
    config.operations.map((op, i) =>
      el('option', { value: String(i), textContent: `${op.summary}${op.deprecated ? ' (deprecated)' : ''}` }),
    ),
  );
  const request = el('pre', { className: 'request' });
  const send = el('button', { type: 'button', className: 'send', textContent: 'Send to the mock' });
  const response = el('pre', { className: 'response', textContent: 'No request sent yet.' });
  const note = el('p', {
    className: 'note',
    textContent: `Sends the documented example request to ${config.mockUrl} with placeholder keys: the mock answers from the spec's examples and checks no signature.`,
  });
  const body = el('div', { className: 'body', hidden: true }, [select, request, send, response, note]);
  panel.append(toggle, body);

  const current = () => config.operations[Number(select.value)];
  const headersFor = (op) => ({
    Accept: op.accept,
    'Content-Type': 'application/json',
    'X-Uploadcare-Date': new Date().toUTCString(),
    Authorization: 'Uploadcare YOUR_PUBLIC_KEY:signature-not-checked-by-the-mock',
  });
  const showRequest = () => {
    const op = current();
    const lines = Object.entries(headersFor(op)).map(([name, value]) => `${name}: ${value}`);
    request.textContent = [`${op.method} ${config.mockUrl}${op.uri}`, ...lines].join('\n');
  };
  const followPage = () => {
    const index = config.operations.findIndex((op) => op.address && location.hash.startsWith(op.address));
    if (index >= 0) select.value = String(index);
    showRequest();
  };

  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.textContent = `${body.hidden ? '▸' : '▾'} Try against the local mock`;
    followPage();
  });
  select.addEventListener('change', showRequest);
  window.addEventListener('hashchange', followPage);
  send.addEventListener('click', async () => {
    const op = current();
    response.textContent = 'Sending…';
    delete response.dataset.status;
    try {
      const answer = await fetch(config.mockUrl + op.uri, { method: op.method, headers: headersFor(op) });
      const text = await answer.text();
      let shown = text;
      try {
        shown = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not JSON (204 has no body): show it as it came.
      }
      const type = answer.headers.get('content-type');
      response.textContent = `${answer.status} ${answer.statusText}${type ? `\nContent-Type: ${type}` : ''}\n\n${shown}`;
      response.dataset.status = String(answer.status);
    } catch (error) {
      response.textContent = `The mock did not answer (${error instanceof Error ? error.message : error}). Is it running at ${config.mockUrl}?`;
      response.dataset.status = 'error';
    }
  });

  document.body.appendChild(panel);
  followPage();
})();
