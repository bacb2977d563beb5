// Pilots and the partnership's monitoring through the API as the demo's people act on them,
// for the functional tests of both: who is who, the reporting periods, and refusals.
import assert from 'node:assert/strict';
import { run } from './server.mjs';

// The demo people the tests act as (organisation and roles in brackets).
export const MEMBERS = {
  admin: 'admin@clusterpolisee.example', // platform administrator (Nord-Est, the lead partner)
  lead: 'ioana.margineanu@nord-est-cluster-agency.example', // lead_coordinator, sc_member (Nord-Est)
  ilfov: 'mihai.constantinescu@ilfov-innovation-agency.example', // partner_staff (Ilfov, RO32)
  albania: 'arben.hoxha@al-enterprise-cluster-agency.example', // partner_staff (AL02)
  danube: 'eva.tothova@danube-innovation-agency.example', // partner_staff (SK01)
  evaluator: 'nikolaos.karagiannis@athens-cluster-studies-institute.example', // stc_member (EL30)
  stakeholder: 'cristian.lupu@valea-sucevei-wood-cluster.example', // stakeholder (a user group)
  controller: 'petra.novak@si-smart-specialisation-agency.example', // made a first-level controller by the tests
};

// Makes `email` a first-level controller (and nothing else) on the server's database.
export function makeController(server, email = MEMBERS.controller) {
  const r = run(['user', 'set-role', '--data-dir', server.dataDir, '--database', server.url, '--email', email, '--role', 'controller']);
  assert.equal(r.status, 0, r.stderr);
}

// A refusal: the status (or one of a list: a shape the reader refuses is 400, a rule the
// content breaks 422), as problem+json, with a message; `detail` a pattern it matches and
// `parameter` the field named, when given.
export function refused(r, status, { detail, parameter } = {}) {
  const statuses = [status].flat();
  assert.ok(statuses.includes(r.status), `${r.status} ${JSON.stringify(r.body)}`);
  assert.match(r.res.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.status, r.status);
  assert.ok(r.body.detail, 'a message says what is wrong');
  if (detail) assert.match(r.body.detail, detail);
  if (typeof parameter === 'string') assert.equal(r.body.parameter, parameter);
  else if (parameter) assert.match(r.body.parameter, parameter);
}

// Six periods of six months from 2026-01-01 (today, December 2026, falls in period 2).
export const DEFAULT_PERIODS = [1, 2, 3, 4, 5, 6].map((number) => {
  const start = new Date(Date.UTC(2026, (number - 1) * 6, 1));
  const end = new Date(Date.UTC(2026, number * 6, 0));
  const due = new Date(Date.UTC(2026, number * 6, 31));
  const day = (d) => d.toISOString().slice(0, 10);
  return { number, starts: day(start), ends: day(end), report_due: day(due) };
});

// The reporting periods as the lead partner sees them; set to DEFAULT_PERIODS when there are none.
export async function periods(lead) {
  let r = await lead.call('GET', '/api/v1/periods');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  if (r.body.periods.length === 6) return r.body.periods;
  r = await lead.call('PUT', '/api/v1/periods', { periods: DEFAULT_PERIODS });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.periods;
}

// The period today falls in, and today (YYYY-MM-DD).
export function currentPeriod(list, today = new Date().toISOString().slice(0, 10)) {
  return { period: list.find((p) => p.starts <= today && today <= p.ends), today };
}
