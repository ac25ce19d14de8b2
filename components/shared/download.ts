import { MINUTE_MS } from '../../lib/time/units';
/** Offers a file for download without any permission: a Blob and a temporary link (extension pages, panel, popup). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // A large file is still being read when click() returns; the URL must outlive that.
  setTimeout(() => URL.revokeObjectURL(url), MINUTE_MS);
}

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
