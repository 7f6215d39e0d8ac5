// A stand-in for the Azure CLI's `az account get-access-token`, for tests only. @azure/identity's
// AzureCliCredential runs `az` from PATH; this one answers as the real CLI does for the account
// named in SIM_AZ_ACCOUNT (member, no-role, expired or none), with a token from the cloud
// simulator's stand-in Entra ID at SIM_ENTRA_URL. Nothing here reaches a real Azure host.
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

if (args[0] !== 'account' || args[1] !== 'get-access-token') {
  process.stderr.write(`ERROR: the stand-in az only knows 'account get-access-token'.\n`);
  process.exit(2);
}

const account = process.env.SIM_AZ_ACCOUNT ?? 'none';
if (account === 'none') {
  // The real CLI's words when nobody has signed in; AzureCliCredential looks for "az login".
  process.stderr.write("ERROR: Please run 'az login' to setup account.\n");
  process.exit(1);
}

const response = await fetch(`${process.env.SIM_ENTRA_URL}/cli-token`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ account, resource: option('--resource'), tenant: option('--tenant') }),
});
if (!response.ok) {
  process.stderr.write(`ERROR: ${await response.text()}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
