// How a person works the compare workspace, by accessible names and roles.
import type { Locator, Page } from 'playwright-core';

export const ANSWER_TIMEOUT = 30_000;

export function pane(page: Page, number: number): Locator {
  return page.getByRole('article', { name: `Pane ${number}`, exact: true });
}

/** The newest answer in a pane. */
export function lastAnswer(page: Page, number: number): Locator {
  return pane(page, number).getByLabel(`Answer in pane ${number}`, { exact: true }).last();
}

export async function send(page: Page, prompt: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(prompt);
  await box.press('Enter');
}

export async function waitForStatus(
  page: Page,
  number: number,
  status: 'streaming' | 'complete' | 'stopped' | 'error',
  /** Text the answer must contain, so an earlier answer in that state cannot be mistaken for it. */
  containing?: string,
): Promise<Locator> {
  const newest = lastAnswer(page, number);
  const answer = containing ? newest.filter({ hasText: containing }) : newest;
  await answer.and(page.locator(`[data-status="${status}"]`)).waitFor({ timeout: ANSWER_TIMEOUT });
  return answer;
}

/** The metrics line of an answer as label → value. */
export async function metricsOf(answer: Locator): Promise<Record<string, string>> {
  const items = answer.getByLabel('Answer metrics').locator('.metrics__item');
  const out: Record<string, string> = {};
  for (const item of await items.all()) {
    const label = await item.locator('dt').innerText();
    out[label] = await item.locator('dd').innerText();
  }
  return out;
}

/** Points a pane at a provider (by its name) and a model, as a person does in the pane header. */
export async function aimPane(
  page: Page,
  number: number,
  provider: string,
  model: string,
): Promise<void> {
  await pane(page, number)
    .getByRole('combobox', { name: `Provider for pane ${number}` })
    .selectOption({ label: provider });
  await page.getByRole('combobox', { name: `Model for pane ${number}` }).fill(model);
}

/**
 * A new conversation with two panes: GPT-4o on OpenAI and Azure's gpt-4o-prod deployment (the
 * profiles `sim-openai` and `sim-azure`), the pair most e2e files compare.
 */
export async function openAiAndAzurePanes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New conversation' }).click();
  while ((await page.getByRole('article').count()) < 2) {
    await page.getByRole('button', { name: 'Add pane' }).click();
  }
  while ((await page.getByRole('article').count()) > 2) {
    await page
      .getByRole('button', { name: /^Remove pane/ })
      .last()
      .click();
  }
  await aimPane(page, 1, 'OpenAI (simulator)', 'gpt-4o');
  await aimPane(page, 2, 'Azure OpenAI (simulator)', 'gpt-4o-prod');
}

/**
 * A new conversation with four panes: three models that read images (GPT-4o on OpenAI, Azure's
 * gpt-4o-prod, Claude 3.5 Sonnet on Bedrock) and text-only gpt-oss on OpenAI on Bedrock, for
 * attachments. Needs the profiles sim-openai, sim-azure, sim-bedrock-keys, sim-openai-on-bedrock.
 */
export async function threeReadersAndGptOss(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New conversation' }).click();
  while ((await page.getByRole('article').count()) < 4) {
    await page.getByRole('button', { name: 'Add pane' }).click();
  }
  await aimPane(page, 1, 'OpenAI (simulator)', 'gpt-4o');
  await aimPane(page, 2, 'Azure OpenAI (simulator)', 'gpt-4o-prod');
  await aimPane(
    page,
    3,
    'Bedrock access keys (simulator)',
    'anthropic.claude-3-5-sonnet-20240620-v1:0',
  );
  await aimPane(page, 4, 'OpenAI on Bedrock (simulator)', 'openai.gpt-oss-120b');
}
