// How Azure OpenAI lets a request in: the resource's key in `api-key`, or a Microsoft Entra ID
// token as `Authorization: Bearer` (checked by the simulator's own token source), with Azure's
// own 401 and 403 bodies. Every Azure answer names the region that served it.
import type { SimContext } from './sim-context';
import type { SimRequest, SimResponse } from './sim-http';

/** The region the simulated Azure resource runs in, sent as `x-ms-region`. */
export const AZURE_SIM_REGION = 'swedencentral';

function answer(res: SimResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-ms-region': AZURE_SIM_REGION });
  res.end(JSON.stringify(body));
}

/** The status Azure refused the request with (having answered it), or undefined when let in. */
export function authorizeAzure(
  req: SimRequest,
  res: SimResponse,
  ctx: SimContext,
): number | undefined {
  const authorization = req.headers.authorization;
  const bearer = /^bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined) {
    const checked = ctx.entra.check(bearer);
    if (checked.ok) return undefined;
    if (checked.status === 403) {
      const path = new URL(req.rawUrl, 'http://simulator').pathname.replace(/^\/azure/, '');
      answer(res, 403, {
        error: {
          code: 'PermissionDenied',
          message: `The principal \`${checked.oid ?? ''}\` lacks the required data action \`Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action\` to perform \`POST ${path}\` operation.`,
        },
      });
      return 403;
    }
    answer(res, 401, {
      error: {
        code: '401',
        message:
          'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.',
      },
    });
    return 401;
  }
  if (req.headers['api-key'] === ctx.credentials.azureKey) return undefined;
  answer(res, 401, {
    error: {
      code: '401',
      message:
        'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    },
  });
  return 401;
}
