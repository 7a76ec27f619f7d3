// A real OpenID provider (oidc-provider, ESM-only) for the gateway's OIDC e2e test, run as
// its own process so Jest's CommonJS runtime never loads it. The "login page" signs in the
// account named in `?account=` at once: the test plays a user who typed their credentials.
// Env: PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI. Prints `ready <issuer>` when listening.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://localhost:${port}`;

/**
 * Test accounts: a housing officer, a health worker with several groups, one with no Ankomst group.
 * @type {Record<string, { name: string, preferred_username: string, roles: string[] }>}
 */
const accounts = {
  'kari-bolig': { name: 'Test Housing Officer', preferred_username: 'kari.bolig', roles: ['stavanger-boligkontor'] },
  'per-helse': { name: 'Test Health Worker', preferred_username: 'per.helse', roles: ['alle-ansatte', 'flyktninghelse'] },
  'ola-ingen': { name: 'Test No Role', preferred_username: 'ola.ingen', roles: ['alle-ansatte'] },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uris: [process.env.REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles'] },
  conformIdTokenClaims: false,
  cookies: { keys: ['ankomst-test-provider-cookie-key'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (_ctx, id) => {
    const account = accounts[id];
    return account ? { accountId: id, claims: async () => ({ sub: id, ...account }) } : undefined;
  },
});

const providerHandler = provider.callback();

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handle(req, res) {
  const url = new URL(req.url ?? '/', issuer);
  if (!url.pathname.startsWith('/interaction/')) return providerHandler(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const account = url.searchParams.get('account');
      if (account === null || !accounts[account]) {
        res.statusCode = 400;
        return res.end('unknown account');
      }
      return await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
    }
    // A grant id that no longer resolves gets a fresh grant, like no grant id at all.
    const grant =
      (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
      new provider.Grant({ accountId: details.session?.accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    return await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
}

const server = createServer((req, res) => {
  // A failure outside handle()'s own try (a malformed request URL) answers 500 too.
  handle(req, res).catch((error) => {
    res.statusCode = 500;
    res.end(String(error));
  });
});

server.listen(port, () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
