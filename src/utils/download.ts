/**
 * Hands the reader a file made in the browser (a CSV table, a JSON export): a Blob behind a
 * temporary link, clicked once and released. Browser only; call it from an event handler.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
