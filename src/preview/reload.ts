/**
 * The reload script. The preview server adds it to HTML responses only; it is
 * never written into output/, so a published file never carries it.
 */
export const eventsPath = '/__kvs/events';

const script = `<script data-kvs-preview>
(() => {
  const events = new EventSource(${JSON.stringify(eventsPath)});
  events.addEventListener('reload', () => location.reload());
})();
</script>`;

/** `html` with the reload script before `</body>` (or at the end when there is none). */
export function injectReload(html: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at === -1 ? `${html}\n${script}\n` : `${html.slice(0, at)}${script}\n${html.slice(at)}`;
}
