// A file the user picked, dropped or pasted, handed to main as base64 (the one shape both
// Electron's IPC and the test harness's JSON bridge carry). Main decides what the file is;
// the checks here only spare reading a file that is certainly refused.
import { formatBytes, MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../../shared/attachments';
import { api, ApiError } from './api';

/** The file's bytes as base64, read by the browser (no string building per byte). */
function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A pasted image arrives as "image.png"; give it a name that says when it was pasted. */
function nameOf(file: File): string {
  if (file.name && file.name !== 'image.png') return file.name;
  const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
  const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ').replaceAll(':', '.');
  return `Pasted image ${stamp}.${extension}`;
}

export async function addAttachment(file: File): Promise<AttachmentRef> {
  const name = nameOf(file);
  if (file.size === 0) throw new ApiError(`“${name}” is empty.`, 'invalid-input');
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw new ApiError(
      `“${name}” is ${formatBytes(file.size)}; files can be at most ${formatBytes(MAX_ATTACHMENT_BYTES)}.`,
      'invalid-input',
    );
  }
  let data: string;
  try {
    data = await readBase64(file);
  } catch {
    throw new ApiError(`“${name}” could not be read. Check that it still exists.`, 'failed');
  }
  return api.addAttachment({ name, mediaType: file.type, data });
}
