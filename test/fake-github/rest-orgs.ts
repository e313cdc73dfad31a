// Organization membership and invitations, with the admin check the org token must pass.
import { isoNow } from './clock.js';
import { findRepo, findUser, findUserById, isOrgAdmin, isOrgMember, userOrStub } from './lookup.js';
import { forbidden, notFound, validationFailed } from './rest-errors.js';
import { paginate } from './rest-pagination.js';
import type { Route } from './rest-router.js';
import { invitation, simpleUser } from './rest-shapes.js';
import { fromTemplate } from './templates.js';
import type { FakeResponse, RouteContext } from './types.js';

function orgOf(ctx: RouteContext): string | undefined {
  const wanted = (ctx.params.org ?? '').toLowerCase();
  const org = findUser(ctx.data, wanted);
  if (org?.type === 'Organization') return org.login;
  const known = [...Object.keys(ctx.data.orgMembers), ...Object.keys(ctx.data.orgAdmins)];
  return known.find((o) => o.toLowerCase() === wanted);
}

const notAdmin = (): FakeResponse =>
  forbidden('Must have admin rights to Repository.', 'https://docs.github.com/rest/orgs/members#list-pending-organization-invitations');

// GitHub tells only members who else is a member: anyone else is sent to the public membership check.
function checkMember(ctx: RouteContext): FakeResponse {
  const org = orgOf(ctx);
  if (org && !isOrgMember(ctx.data, org, ctx.identity) && !isOrgAdmin(ctx.data, org, ctx.identity)) {
    return { status: 302, headers: { location: `${ctx.baseUrl}/orgs/${org}/public_members/${ctx.params.username ?? ''}` } };
  }
  if (!org || !isOrgMember(ctx.data, org, ctx.params.username ?? ''))
    return notFound(
      'User does not exist or is not a member of the organization',
      'https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user',
    );
  return { status: 204 };
}

function checkPublicMember(ctx: RouteContext): FakeResponse {
  const org = orgOf(ctx);
  const login = (ctx.params.username ?? '').toLowerCase();
  const listed = org ? (ctx.data.publicMembers?.[org] ?? []).some((m) => m.toLowerCase() === login) : false;
  return org && listed && isOrgMember(ctx.data, org, login) ? { status: 204 } : notFound();
}

// The role GitHub reports for a user on a repository, from every grant: owner, org admin, or the repo's own.
function getPermission(ctx: RouteContext): FakeResponse {
  const repo = findRepo(ctx.data, ctx.params.owner ?? '', ctx.params.repo ?? '');
  const user = findUser(ctx.data, ctx.params.username ?? '');
  if (!repo || !user) return notFound('Not Found', 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user');
  const login = user.login.toLowerCase();
  const granted = Object.entries(repo.permissions ?? {}).find(([l]) => l.toLowerCase() === login)?.[1];
  const role = repo.owner.toLowerCase() === login || isOrgAdmin(ctx.data, repo.owner, user.login) ? 'admin' : (granted ?? 'read');
  // `permission` is the legacy base role: maintain reads as write, triage as read.
  const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
  return { status: 200, body: { permission, role_name: role, user: { ...simpleUser(ctx.baseUrl, user), role_name: role } } };
}

function getMembership(ctx: RouteContext): FakeResponse {
  const org = orgOf(ctx);
  const login = ctx.params.username ?? '';
  if (!org) return notFound();
  const user = findUser(ctx.data, login);
  const pending = user && ctx.data.invitations.find((i) => i.org.toLowerCase() === org.toLowerCase() && i.invitee_id === user.id);
  const member = isOrgMember(ctx.data, org, login);
  if (!user || (!member && !pending)) return notFound();
  return {
    status: 200,
    body: {
      ...fromTemplate('org-membership', [['https://api.github.com', ctx.baseUrl]]),
      url: `${ctx.baseUrl}/orgs/${org}/memberships/${user.login}`,
      state: member ? 'active' : 'pending',
      role: isOrgAdmin(ctx.data, org, login) ? 'admin' : 'member',
      organization_url: `${ctx.baseUrl}/orgs/${org}`,
      user: simpleUser(ctx.baseUrl, user),
    },
  };
}

function listInvitations(ctx: RouteContext): FakeResponse {
  const org = orgOf(ctx);
  if (!org) return notFound();
  if (!isOrgAdmin(ctx.data, org, ctx.identity)) return notAdmin();
  const inviter = userOrStub(ctx.data, ctx.identity);
  const pending = ctx.data.invitations.filter((i) => i.org.toLowerCase() === org.toLowerCase());
  return paginate(ctx, pending, (inv) => invitation(ctx.data, ctx.baseUrl, inv, inviter));
}

function createInvitation(ctx: RouteContext): FakeResponse {
  const org = orgOf(ctx);
  if (!org) return notFound();
  if (!isOrgAdmin(ctx.data, org, ctx.identity)) return notAdmin();
  const { invitee_id: inviteeId, role } = (ctx.body ?? {}) as { invitee_id?: unknown; role?: unknown };
  const invitee = typeof inviteeId === 'number' ? findUserById(ctx.data, inviteeId) : undefined;
  if (!invitee) return validationFailed([{ resource: 'OrganizationInvitation', code: 'invalid', field: 'invitee_id' }]);
  const already =
    isOrgMember(ctx.data, org, invitee.login) || ctx.data.invitations.some((i) => i.org.toLowerCase() === org.toLowerCase() && i.invitee_id === invitee.id);
  if (already) {
    return validationFailed([
      { resource: 'OrganizationInvitation', code: 'unprocessable', field: 'data', message: 'Invitee is already a part of this organization' },
    ]);
  }
  const roles = ['admin', 'direct_member', 'billing_manager', 'reinstate'];
  const chosen = typeof role === 'string' ? role : 'direct_member';
  if (!roles.includes(chosen)) return validationFailed([{ resource: 'OrganizationInvitation', code: 'invalid', field: 'role' }]);
  const id = Math.max(0, ...ctx.data.invitations.map((i) => i.id)) + 1;
  const created = { id, org, invitee_id: invitee.id, login: invitee.login, role: chosen, created_at: isoNow() };
  ctx.data.invitations.push(created);
  return { status: 201, body: invitation(ctx.data, ctx.baseUrl, created, userOrStub(ctx.data, ctx.identity)) };
}

export const orgRoutes: Route[] = [
  ['GET', '/orgs/:org/members/:username', checkMember],
  ['GET', '/orgs/:org/public_members/:username', checkPublicMember],
  ['GET', '/orgs/:org/memberships/:username', getMembership],
  ['GET', '/repos/:owner/:repo/collaborators/:username/permission', getPermission],
  ['GET', '/orgs/:org/invitations', listInvitations],
  ['POST', '/orgs/:org/invitations', createInvitation],
];
