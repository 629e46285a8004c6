/** Small pieces every sandbox page uses. */

/** Text for HTML: demo titles and shop names are data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Page-side helper: a table row whose cells are set with textContent only. */
export const CLIENT_ROW = `
function row(cells, attrs) {
  const tr = document.createElement("tr");
  for (const [k, v] of Object.entries(attrs || {})) tr.setAttribute(k, v);
  for (const c of cells) { const td = document.createElement("td"); td.textContent = c == null ? "" : String(c); tr.appendChild(td); }
  return tr;
}
`;

/** Page-side helper: POST a JSON body the way the platforms' pages do, read JSON back. */
export const CLIENT_POST_JSON = `
async function post(path, body) {
  const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json;charset=UTF-8" }, body: JSON.stringify(body), credentials: "same-origin" });
  return res.json();
}
`;
