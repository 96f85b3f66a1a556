// The trust chain as the server sees it: it serves the certificates it holds, as they are (the
// whistleblower's browser is what verifies them, P4), but it never stores a tip for a
// prosecutor whose chain to ROOT_PUBLIC_KEY is broken, and never lets an admin approve under an
// agency certificate the root did not sign.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryResponse } from '../../../api/index';
import { ROUTES, routePath } from '../../../api/index';
import { TrustError, verifyAgency } from '../../../client/shared/trust';
import { encodeCertificate, signCertificate, toBase64Url } from '../../../crypto/index';
import { generateProsecutorKeys } from '../../../crypto/prosecutor-keys';
import {
  backend,
  certifyAgency,
  createAgency,
  createInvite,
  enroll,
  errorCode,
  expectStatus,
  get,
  login,
  openWorld,
  post,
  prosecutorCertificate,
  setUpAgency,
  submissionFor,
} from './world';
import type { Agency, Member, World } from './world';

let world: World;
let agency: Agency;
let substituted: Member;

beforeAll(async () => {
  world = await openWorld();
  agency = await setUpAgency(world, 'Agency of trust', ['t.honest', 't.substituted']);
  substituted = agency.prosecutors[1] as Member;
});
afterAll(async () => {
  await world.close();
});

describe(`trust chain on the server (${backend})`, () => {
  it('lists only certified agencies that have an approved prosecutor', async () => {
    const uncertified = await createAgency(world, 'Agency not yet certified');
    await enroll(world, await createInvite(world, uncertified, 'admin'), 'u.admin', uncertified, 'admin');
    const certifiedEmpty = await createAgency(world, 'Agency with no prosecutor');
    await certifyAgency(world, await enroll(world, await createInvite(world, certifiedEmpty, 'admin'), 'e.admin', certifiedEmpty, 'admin'));
    const directory = (await get(world, ROUTES.directory.url)).json() as DirectoryResponse;
    expect(directory.agencies.map((a) => a.name)).toEqual(['Agency of trust']);
    expect(directory.agencies[0]?.prosecutors.map((p) => p.memberId).sort()).toEqual(agency.prosecutors.map((p) => p.memberId).sort());
  });

  it('serves a substituted prosecutor key as stored, so the browser can refuse it and say why', async () => {
    const rogue = generateProsecutorKeys();
    const forged = encodeCertificate(
      signCertificate(
        { kind: 'prosecutor', subjectId: substituted.memberId, signingPublicKey: rogue.signing.publicKey, boxPublicKey: rogue.box.publicKey, issuedAt: world.clock.today() },
        rogue.signing.secretKey,
      ),
    );
    await world.database.db
      .updateTable('members')
      .set({ certificate: forged, signing_public_key: rogue.signing.publicKey, box_public_key: rogue.box.publicKey })
      .where('id', '=', substituted.memberId)
      .execute();
    const directory = (await get(world, ROUTES.directory.url)).json() as DirectoryResponse;
    const served = directory.agencies[0];
    expect(served?.prosecutors.find((p) => p.memberId === substituted.memberId)?.certificate).toBe(forged);
    expect(() => verifyAgency(served as DirectoryResponse['agencies'][number], toBase64Url(world.root.publicKey))).toThrow(TrustError);
  });

  it('refuses to store a tip sealed to a prosecutor whose chain is broken', async () => {
    const response = await post(world, ROUTES.createCase.url, submissionFor([agency.prosecutors[0] as Member, substituted]).body);
    expectStatus(response, 400);
    expect(errorCode(response)).toBe('invalid_recipient');
    expectStatus(await post(world, ROUTES.createCase.url, submissionFor([agency.prosecutors[0] as Member]).body), 201);
  });

  it('refuses approvals under an agency certificate the root did not sign', async () => {
    const pending = await enroll(world, await createInvite(world, agency.agencyId, 'prosecutor'), 't.pending', agency.agencyId, 'prosecutor');
    const otherRoot = generateProsecutorKeys().signing;
    const wrongRoot = encodeCertificate(
      signCertificate({ kind: 'agency', subjectId: agency.agencyId, signingPublicKey: agency.admin.enrollment.keys.signing.publicKey, issuedAt: world.clock.today() }, otherRoot.secretKey),
    );
    await world.database.db.updateTable('agencies').set({ certificate: wrongRoot }).where('id', '=', agency.agencyId).execute();
    const adminToken = await login(world, agency.admin);
    const response = await post(world, routePath(ROUTES.approveMember.url, { memberId: pending.memberId }), { certificate: prosecutorCertificate(world, agency.admin, pending) }, adminToken);
    expectStatus(response, 409);
    expect(errorCode(response)).toBe('agency_not_certified');
  });
});
