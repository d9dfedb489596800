/** Saves bytes as a file through a temporary object URL (no network involved). */
export function downloadBytes(
  bytes: Uint8Array,
  fileName: string,
  mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a picked or dropped file. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** A file name safe on Windows shares: no reserved characters, no trailing dots. */
export function safeFileName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex -- Windows forbids control characters in file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .replace(/[. ]+$/, '')
      .slice(0, 150) || 'bagalau'
  );
}
