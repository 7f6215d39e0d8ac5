// Attachments in real Chromium: a screenshot pasted into the composer goes to three clouds with
// the prompt, shows as a thumbnail under the prompt in every pane, and the conversation reopens
// from history with the image after the clouds are gone (network off).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { pane, send, threeReadersAndGptOss, waitForStatus } from './support/workspace-page';
import { ONE_PIXEL_PNG_BASE64 as PNG_BASE64 } from '../support/attachment-fixtures';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp({
    withProfiles: ['sim-openai', 'sim-azure', 'sim-bedrock-keys', 'sim-openai-on-bedrock'],
  });
  await app.page.getByRole('textbox', { name: 'Message' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

/** What a paste of a screenshot delivers: one PNG file, no text. */
async function pasteImage(name: string): Promise<void> {
  await app.page.getByRole('textbox', { name: 'Message' }).evaluate(
    (box, { base64, fileName }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], fileName, { type: 'image/png' }));
      box.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { base64: PNG_BASE64, fileName: name },
  );
}

/** The image has loaded and decoded (an object URL of bytes read back from main). */
async function imageShown(scope: ReturnType<typeof pane>, name: string): Promise<boolean> {
  return scope
    .getByRole('img', { name })
    .first()
    .evaluate(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 1,
    );
}

describe('attachments', () => {
  it('attaches by button and by drop, removes before sending, and refuses a type it cannot send', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New conversation' }).click();
    const composer = page.getByRole('form', { name: 'Composer' });
    const attached = composer.getByRole('list', { name: 'Attached files' });
    // The button opens the system's file picker; a person picks two files in it.
    const chooser = page.waitForEvent('filechooser');
    await composer.getByRole('button', { name: 'Attach files' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes\n- one\n') },
      { name: 'table.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
    ]);
    await expect.poll(() => attached.getByRole('listitem').count()).toBe(2);
    await attached.getByRole('button', { name: 'Remove table.csv' }).click();
    await expect.poll(() => attached.getByRole('listitem').count()).toBe(1);

    // A file dropped on the composer; then one the app cannot send, named in a notice.
    const drop = async (name: string, type: string, bytes: number[]) =>
      composer.evaluate(
        (form, file) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
          for (const kind of ['dragover', 'drop']) {
            form.dispatchEvent(
              new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }),
            );
          }
        },
        { name, type, bytes },
      );
    await drop('chart.png', 'image/png', [...Buffer.from(PNG_BASE64, 'base64')]);
    await expect.poll(() => attached.getByRole('listitem').count()).toBe(2);
    await drop('setup.exe', 'application/octet-stream', [0x4d, 0x5a, 0x90, 0x00]);
    const notice = page.getByRole('region', { name: 'Compare workspace' }).getByRole('alert');
    await expect
      .poll(() => notice.innerText())
      .toMatch(/“setup\.exe” is not a file type the app can send/);
    expect(await attached.locator('.attachment__name').allInnerTexts()).toEqual([
      'notes.md',
      'chart.png',
    ]);

    await send(page, 'Read my notes [[sim reply=echo]]');
    const answer = await waitForStatus(page, 1, 'complete', 'Read my notes');
    expect(await answer.innerText()).toMatch(/Received 2 files: text\/markdown .*image\/png/);
  });

  // Last: it closes the simulator.
  it('sends a pasted image to three clouds and reopens it from history offline', async () => {
    const { page } = app;
    await threeReadersAndGptOss(page);

    await pasteImage('image.png');
    const composer = page.getByRole('form', { name: 'Composer' });
    const attached = composer.getByRole('list', { name: 'Attached files' });
    await attached.getByRole('listitem').waitFor();
    const name = await attached.locator('.attachment__name').innerText();
    expect(name).toMatch(/^Pasted image .+\.png$/);
    expect(await attached.innerText()).toContain('bytes');

    const warnings = composer.getByRole('list', { name: 'Files some panes cannot take' });
    await warnings.waitFor();
    expect(await warnings.innerText()).toMatch(
      /^Pane 4 will not be asked: .*cannot read images \(Pasted image/,
    );

    await send(page, 'What is in this picture? [[sim reply=echo]]');
    for (const number of [1, 2, 3]) {
      const answer = await waitForStatus(page, number, 'complete');
      const text = await answer.innerText();
      expect(text).toContain('What is in this picture?');
      // The simulator's reply names what arrived: the pasted PNG, decoded as 1×1.
      expect(text).toMatch(/Received 1 file: image\/png \d+ bytes 1×1/);
      const sent = pane(page, number).getByRole('list', { name: 'Files sent with this message' });
      await expect.poll(() => imageShown(pane(page, number), name)).toBe(true);
      expect(await sent.innerText()).toContain(name);
    }
    const refused = await waitForStatus(page, 4, 'error');
    expect(await refused.getByRole('alert').innerText()).toMatch(/cannot read images/);
    // Sent: the composer is empty again.
    expect(await attached.count()).toBe(0);

    // The clouds go away; history still has the prompt, its image and the answers.
    await app.simulator.close();
    await page.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => pane(page, 1).getByRole('img', { name }).count()).toBe(0);
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: /What is in this picture/ })
      .first()
      .click();
    await waitForStatus(page, 3, 'complete');
    await expect.poll(() => imageShown(pane(page, 3), name)).toBe(true);

    await pane(page, 3)
      .getByRole('button', { name: `View ${name}` })
      .click();
    const viewer = page.getByRole('dialog', { name });
    await viewer.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);
  });
});
