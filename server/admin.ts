// `npm run server:admin -- <command>`: teams, users and tokens, against the same store the
// server uses (DATABASE_URL, else PGlite in $LEADCLIP_DATA_DIR or ./.leadclip-server).
// PGlite is one process's folder: stop the server before running this against it.
import { migrate } from './migrations';
import { openFromEnv } from './sql';
import { SyncStore } from './store';

const USAGE = `Usage: npm run server:admin -- <command>
  create-team <name>
  create-user <team name or id> <email>
  create-token <user email or id>   prints the token once; only its hash is stored
  revoke-token <token id>
  disable-user <user email or id>   its tokens get 403 from now on
  enable-user <user email or id>
  list-tokens`;

export async function runAdmin(args: readonly string[], store: SyncStore): Promise<string> {
  const [command, a, b] = args;
  switch (command) {
    case 'create-team': {
      if (!a) break;
      const team = await store.createTeam(a);
      return `team ${team.name} ${team.id}`;
    }
    case 'create-user': {
      if (!a || !b) break;
      const user = await store.createUser(a, b);
      return `user ${user.email} ${user.id}`;
    }
    case 'create-token': {
      if (!a) break;
      const { id, token } = await store.createToken(a);
      return `token id ${id}\n${token}\nKeep it now: it is not shown again.`;
    }
    case 'revoke-token': {
      if (!a) break;
      return (await store.revokeToken(a)) ? `revoked ${a}` : `No active token ${a}`;
    }
    case 'disable-user':
    case 'enable-user': {
      if (!a) break;
      await store.setUserDisabled(a, command === 'disable-user');
      return `${command === 'disable-user' ? 'disabled' : 'enabled'} ${a}`;
    }
    case 'list-tokens':
      return (await store.listTokens())
        .map((t) => `${t.id}  ${t.team}  ${t.email}${t.revoked ? '  (revoked)' : ''}`)
        .join('\n');
  }
  throw new Error(USAGE);
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const db = await openFromEnv();
  try {
    await migrate(db);
    console.log(await runAdmin(process.argv.slice(2), new SyncStore(db)));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
