// Examples for the OpenAPI test of the pilots' and the monitoring's operations: each acts on
// a pilot, report or entry made for it and brought to the state it needs, as the person who
// may take it: operationId → { who | token, base, params, body, bytes } where params and body
// may be functions run just before the call (revisions move as the test goes). The monitoring's
// operations run on a server of their own with an empty database, where the shipped work plan
// and budget are still drafts that can be changed and approved.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { binary } from './server.mjs';
import { person, step } from './assessment.mjs';
import { MEMBERS, periods, currentPeriod } from './monitoring.mjs';
import { createToken, demoPassword } from './session.mjs';

// Pilots on the demo server: the Ilfov team runs them, the lead partner approves, the
// scientific-technical committee evaluates.
export async function pilotExamples(base) {
  const [team, participant, lead, evaluator] = await Promise.all(
    [MEMBERS.ilfov, MEMBERS.albania, MEMBERS.lead, MEMBERS.evaluator].map((e) => person(base, e)));
  const dates = await periods(lead);
  const input = { texts: [{ language: 'en', title: 'Cluster vouchers for rural SMEs', summary: '', description: '', objectives: '' }],
    original_language: 'en', participants: [participant.organisation], regions: ['RO32'], areas: ['WG4'], transfers: [], need: null,
    status: 'running', starts: dates[0].starts, ends: dates[2].ends, budget: 150000 };
  const logframe = [{ level: 'overall_objective', code: 'OO', parent: null, text: 'Rural SMEs in clusters.', assumptions: '' },
    { level: 'specific_objective', code: 'SO1', parent: 'OO', text: 'SMEs use cluster services.', assumptions: '' }];
  const indicator = (code) => ({ code, name: `SMEs served (${code})`, kind: 'output', unit: 'companies', direction: 'higher_is_better',
    baseline: { value: 5, date: dates[0].starts }, target: { value: 40, date: dates[2].ends }, source: 'Register', logframe: 'SO1' });
  const revision = async (p) => (await step(team, 'GET', p.href)).revision;
  // A pilot with a logframe, indicators I1 and I2, two milestones and two risks.
  async function drafted() {
    let p = await step(team, 'POST', '/api/v1/pilots', input, 201);
    p = await step(team, 'PUT', `${p.href}/logframe`, { revision: p.revision, logframe });
    for (const code of ['I1', 'I2']) p = await step(team, 'POST', `${p.href}/indicators`, { revision: p.revision, ...indicator(code) }, 201);
    for (const title of ['M1', 'M2']) p = await step(team, 'POST', `${p.href}/milestones`, { revision: p.revision, title, due: dates[1].ends, status: 'open', reached_on: '', note: '' }, 201);
    for (const description of ['R1', 'R2']) p = await step(team, 'POST', `${p.href}/risks`, { revision: p.revision, description, likelihood: 'low', impact: 'low', mitigation: '', status: 'open' }, 201);
    return p;
  }
  const draft = await drafted();
  const toApprove = await drafted();
  let approved = await drafted();
  approved = await step(lead, 'POST', `${approved.href}/approve`, { revision: approved.revision });
  let requested = await drafted();
  requested = await step(lead, 'POST', `${requested.href}/approve`, { revision: requested.revision });
  const change = { reason: 'More SMEs applied.', targets: [{ indicator: 'I1', target: { value: 60, date: dates[2].ends } }], budget: null, ends: null, logframe: null };
  requested = await step(team, 'POST', `${requested.href}/modifications`, { revision: requested.revision, ...change }, 201);
  const at = (p, code) => p.indicators.find((i) => i.code === code).id;
  const on = (who, p, more = {}, body) => ({ who, params: { id: p.id, ...more }, ...(body ? { body: async () => ({ revision: await revision(p), ...body }) } : {}) });
  const items = (await step(team, 'GET', '/api/v1/knowledge?limit=1')).items;
  return {
    getPilot: on(team, draft),
    updatePilot: on(team, draft, {}, input),
    savePilotLogframe: on(team, draft, {}, { logframe }),
    listPilotIndicators: on(team, draft),
    addPilotIndicator: on(team, draft, {}, indicator('I3')),
    savePilotIndicator: on(team, draft, { indicator: at(draft, 'I1') }, indicator('I1')),
    deletePilotIndicator: { who: team, params: async () => ({ id: draft.id, indicator: at(draft, 'I2'), revision: await revision(draft) }) },
    recordPilotValues: on(team, draft, {}, { values: [{ indicator: 'I1', period: 2, value: 12, evidence: '', comment: '' }] }),
    downloadPilotValuesCsv: on(team, draft),
    uploadPilotValuesCsv: on(team, draft),
    downloadPilotValuesXlsx: on(team, draft),
    uploadPilotValuesXlsx: on(team, draft),
    addPilotMilestone: on(team, draft, {}, { title: 'M3', due: dates[2].ends, status: 'open', reached_on: '', note: '' }),
    savePilotMilestone: on(team, draft, { milestone: draft.milestones[0].id }, { title: 'M1', due: dates[1].ends, status: 'reached', reached_on: dates[1].ends, note: '' }),
    deletePilotMilestone: { who: team, params: async () => ({ id: draft.id, milestone: draft.milestones[1].id, revision: await revision(draft) }) },
    addPilotRisk: on(team, draft, {}, { description: 'R3', likelihood: 'high', impact: 'low', mitigation: '', status: 'open' }),
    savePilotRisk: on(team, draft, { risk: draft.risks[0].id }, { description: 'R1', likelihood: 'low', impact: 'low', mitigation: '', status: 'closed' }),
    deletePilotRisk: { who: team, params: async () => ({ id: draft.id, risk: draft.risks[1].id, revision: await revision(draft) }) },
    approvePilotBaseline: on(lead, toApprove, {}, {}),
    requestPilotModification: on(team, approved, {}, change),
    decidePilotModification: on(lead, requested, { modification: requested.modifications.at(-1).id }, { decision: 'approve', note: '' }),
    evaluatePilot: on(evaluator, draft, { stage: 'mid_term' }, {
      scores: ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'].map((criterion) => ({ criterion, score: 3, narrative: '' })),
      lessons: 'Visits matter.', result: '12 SMEs served.' }),
    ...(items.length ? { listPilotsTestingKnowledgeItem: { params: { id: items[0].id } } } : {}),
  };
}

function cli(args, input) {
  const r = spawnSync(binary, args, { encoding: 'utf8', input });
  assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
}

// A new installation on `server` (an empty database, the shipped work plan loaded at start):
// an administrator who runs it and partner organisations with a member each ({ admin,
// partners: [{ id, member }] }, the members signed in).
export async function newInstallation(server, slugs) {
  const on = ['--data-dir', server.dataDir, '--database', server.url];
  cli(['user', 'add', ...on, '--email', 'lead@monitoring.example', '--name', 'Lead', '--role', 'platform_admin', '--password-stdin'], `${demoPassword}\n`);
  const admin = await person(server.base, 'lead@monitoring.example');
  const partners = [];
  for (const slug of slugs) {
    const made = await step(admin, 'POST', '/api/v1/organisations', { slug, type: 'development_agency', country: 'RO', region: 'RO21', website: '',
      role: 'project_partner', experience: 'learning', texts: { en: { name: slug.replace('-', ' '), description: '' } } }, 201);
    cli(['user', 'add', ...on, '--email', `${slug}@monitoring.example`, '--name', slug, '--organisation', slug, '--role', 'partner_staff', '--password-stdin'], `${demoPassword}\n`);
    partners.push({ id: made.id, member: await person(server.base, `${slug}@monitoring.example`) });
  }
  return { admin, partners };
}

// The monitoring on `server` (an empty database): an administrator who runs it, two partner
// organisations (one reporting, one spending) with a member each.
export async function monitoringExamples(server) {
  const { admin, partners } = await newInstallation(server, ['reporting-partner', 'spending-partner']);
  const token = await createToken(admin, 'openapi monitoring', 'write');
  const [reporting, spending] = partners.map((p) => p.id);
  const dates = await periods(admin);
  const { period: current, today } = currentPeriod(dates);
  assert.ok(current && current.number >= 3, 'today falls in period 3 or later');
  const earlier = (n) => dates[current.number - 1 - n];
  const paidIn = (p) => (p.ends < today ? p.ends : today);
  const activity = (code) => ({ code, kind: 'deliverable', texts: [{ language: 'en', title: `Deliverable ${code}`, description: '' }], areas: ['WG4'],
    phase: 'learning', responsible: [reporting], periods: [current.number], due: current.ends, status: 'on_track', progress: 10, status_note: '' });
  const call = (method, path, json, expected) => step(admin, method, path, json, expected);
  const activityId = async (code) => (await call('GET', '/api/v1/workplan')).activities.find((a) => a.code === code).id;
  const report = async (partner, p) => call('POST', '/api/v1/reports', { partner, period: p.number, activities_done: 'Meetings.', outputs: '', problems: '', next_steps: '', activities: [] }, 201);
  const submitted = async (partner, p) => {
    const r = await report(partner, p);
    return call('POST', `${r.href}/submit`, { revision: r.revision });
  };
  const entry = (p, more = {}) => ({ partner: spending, category: 'travel', period: p.number, date: paidIn(p), description: 'Train tickets', amount: 120.5,
    currency: 'EUR', vat: 0, invoice_number: 'F-1', invoice_date: paidIn(p), payment_date: paidIn(p), procurement_reference: '', cofinancing: 'ERDF', document: '', ...more });
  let draftReport;
  let firstEntry;
  const examples = {
    saveMonitoringPeriods: { body: { periods: dates } },
    addActivity: { body: activity('X9') },
    getActivity: { params: async () => ({ id: await activityId('X9') }) },
    saveActivity: { params: async () => ({ id: await activityId('X9') }), body: activity('X9') },
    deleteActivity: { params: async () => ({ id: (await call('POST', '/api/v1/workplan/activities', activity('X10'), 201)).id }) },
    updateActivityProgress: { params: async () => ({ id: await activityId('X9') }) },
    requestPlanChange: { body: { part: 'work_plan', reason: 'Later.', activities: [{ activity: 'X9', due: dates[5].ends, periods: [current.number, 6] }], amounts: [] } },
    decidePlanChange: { params: async () => ({ id: (await call('POST', '/api/v1/plan-changes', { part: 'work_plan', reason: 'Later still.',
      activities: [{ activity: 'X9', due: dates[5].ends, periods: [current.number, 5, 6] }], amounts: [] }, 201)).id }) },
    createProgressReport: { body: { partner: reporting, period: current.number, activities_done: 'Two meetings.', outputs: '', problems: '', next_steps: '', activities: [] } },
    getProgressReport: { params: async () => ({ id: (draftReport = (await call('GET', `/api/v1/reports?partner=${reporting}&period=${current.number}`)).items[0]).id }) },
    saveProgressReport: { params: async () => ({ id: draftReport.id }),
      body: async () => ({ revision: (await call('GET', draftReport.href)).revision, period: current.number, activities_done: 'Two meetings and a workshop.', outputs: '', problems: '', next_steps: '', activities: [] }) },
    attachToProgressReport: { params: async () => ({ id: draftReport.id, revision: (await call('GET', draftReport.href)).revision }) },
    submitProgressReport: { params: async () => ({ id: draftReport.id }), body: async () => ({ revision: (await call('GET', draftReport.href)).revision }) },
    approveProgressReport: { params: async () => ({ id: (draftReport = await submitted(reporting, earlier(1))).id }), body: async () => ({ revision: draftReport.revision, note: '' }) },
    returnProgressReport: { params: async () => ({ id: (draftReport = await submitted(reporting, earlier(2))).id }), body: async () => ({ revision: draftReport.revision, note: 'Add the minutes.' }) },
    savePlannedAmounts: { body: { amounts: [{ partner: spending, category: 'travel', period: current.number, euro: 1000 }] } },
    saveExchangeRates: { body: { rates: [{ currency: 'RON', month: today.slice(0, 7), per_euro: 4.97 }] } },
    uploadExchangeRates: { bytes: `currency,month,per_euro\r\nHUF,${today.slice(0, 7)},395.2\r\n` },
    addSpending: { body: entry(current) },
    changeSpending: { params: async () => ({ id: (firstEntry = (await call('GET', `/api/v1/budgets?partner=${spending}&period=${current.number}`)).spending[0]).id }),
      body: entry(current, { amount: 130 }) },
    deleteSpending: { params: async () => ({ id: (await call('POST', '/api/v1/budgets/spending', entry(current, { description: 'Twice' }), 201)).id }) },
    verifySpending: { params: async () => {
      const fixed = await call('POST', '/api/v1/budgets/spending', entry(earlier(1)), 201);
      await submitted(spending, earlier(1));
      return { id: fixed.id };
    } },
    attachToSpending: { params: async () => ({ id: firstEntry.id }) },
    saveProjectIndicatorTargets: { body: { targets: [{ measured: 'practices_published', target: 60, programme_code: 'RCO 87' }] } },
    downloadPeriodWorkbook: { params: { period: current.number } },
    downloadMonitoringFile: { params: async () => {
      const reports = (await call('GET', `/api/v1/reports?partner=${reporting}&period=${current.number}`)).items;
      return { sha256: reports[0].attachments[0].sha256 };
    } },
  };
  for (const example of Object.values(examples)) Object.assign(example, { base: server.base, token });
  return { examples, token, base: server.base };
}

// Policy transfers on the demo server: a demo transfer without a pilot to read and send back
// unchanged (with its revision), its practice's history, and a new transfer of a practice no
// demo transfer takes to Ilfov, recorded with the administrator's token.
export async function transferExamples(base) {
  const get = async (path) => (await fetch(base + path)).json();
  const stored = (await get('/api/v1/transfers')).items.find((t) => t.pilot === null);
  const practice = (await get('/api/v1/knowledge?limit=100')).items.find((i) => i.slug === 'sk-automobilovy-klaster-slovakia');
  const input = (t) => ({ item: t.item, origin: t.origin, destination: t.destination, adopter: t.adopter, adopted_on: t.adopted_on,
    mode: t.mode, status: t.status, pilot: t.pilot, notes: t.notes, result: t.result, revision: t.revision });
  return {
    createTransfer: { body: { item: practice.id, destination: 'RO32', adopted_on: '2026-05', mode: 'adapted', status: 'adopted', notes: '', result: '' } },
    getTransfer: { params: { id: stored.id } },
    updateTransfer: { params: { id: stored.id }, body: async () => input(await get(`/api/v1/transfers/${stored.id}`)) },
    listKnowledgeItemTransfers: { params: { id: stored.item } },
  };
}

// Mentoring on the demo server: pairs made for each step and brought to the state it needs
// (requested, accepted, completed), between learners and mentors of the demo who have no pair
// yet and mentors with places enough.
export async function mentoringExamples(base) {
  const [eleni, marco, chiara, nikolaos, georgi, ivana, luka, desislava, mihai] = await Promise.all([
    'eleni.papadimitriou@axios-innovation-agency.example', 'marco.zanon@piave-cluster-network.example',
    'chiara.benedetti@via-emilia-innovation-agency.example', 'nikolaos.karagiannis@athens-cluster-studies-institute.example',
    'georgi.stoyanov@maritsa-rda.example', 'ivana.babic@velebit-rda.example', 'luka.peric@sava-cluster-alliance.example',
    'desislava.petkova@vitosha-cluster-network.example', 'mihai.constantinescu@ilfov-innovation-agency.example',
  ].map((e) => person(base, e)));
  const ask = (learner, mentor, region, need) =>
    step(learner, 'POST', '/api/v1/mentoring', { mentor: mentor.id, region, need, message: 'Could you help us?' }, 201);
  const accept = (mentor, pair) => step(mentor, 'POST', `/api/v1/mentoring/${pair.id}/answer`, { revision: pair.revision, answer: 'accept' });
  const toAnswer = await ask(georgi, eleni, 'BG42', 'area:WG5');
  const toWithdraw = await ask(ivana, eleni, 'HR03', 'area:WG1');
  const accepted = await accept(marco, await ask(luka, marco, 'HR05', 'area:WG3'));
  let closed = await accept(chiara, await ask(desislava, chiara, 'BG41', 'area:WG1'));
  closed = await step(desislava, 'POST', `/api/v1/mentoring/${closed.id}/outcome`, { revision: closed.revision, result: 'achieved', text: 'Done.' });
  const revision = async (who, pair) => (await step(who, 'GET', `/api/v1/mentoring/${pair.id}`)).revision;
  const on = (who, pair, body) => ({ who, params: { id: pair.id }, body: async () => ({ revision: await revision(who, pair), ...body }) });
  return {
    getMyMentorOffer: { who: eleni },
    saveMyMentorOffer: { who: eleni },
    // An area, not a criterion: the test stores frameworks of its own, whose criteria differ.
    requestMentoring: { who: mihai, body: { mentor: nikolaos.id, region: 'RO32', need: 'area:WG4', message: 'Could you help us?' } },
    getMentoring: { who: georgi, params: { id: toAnswer.id } },
    answerMentoringRequest: on(eleni, toAnswer, { answer: 'accept', reason: '' }),
    withdrawMentoringRequest: on(ivana, toWithdraw, {}),
    agreeMentoringGoals: on(luka, accepted, { goals: 'A cross-border partnership agreement.' }),
    recordMentoringMeeting: on(marco, accepted, { date: '2026-11-03', notes: 'First call.' }),
    recordMentoringOutcome: on(luka, accepted, { result: 'partly_achieved', text: 'Drafted.' }),
    giveMentoringFeedback: { who: desislava, params: { id: closed.id }, body: { rating: 5, comment: 'Thank you.' } },
  };
}

// Cluster profiles on the demo server: staff of organisations without a demo profile open
// profiles for the purpose, each brought to the state its step needs; the WG3 coordinator
// reviews; the Pohorje cluster's editor follows a published demo profile.
export async function clusterProfileExamples(base) {
  const [ilfov, banat, maritsa, athens, reviewer, follower] = await Promise.all(
    [MEMBERS.ilfov, 'adriana.stoica@banat-regional-economics-institute.example', 'georgi.stoyanov@maritsa-rda.example',
      MEMBERS.evaluator, 'marco.zanon@piave-cluster-network.example', 'maja.kovacic@pohorje-wood-cluster.example'].map((e) => person(base, e)));
  const input = (name) => ({ texts: [{ language: 'en', tagline: `${name}: clusters of the region`, description: '' }], sectors: ['62', '72'],
    value_chain: 'services', technologies: ['data'], members: { smes: 10 }, languages: ['en'], contact: { email: 'office@cluster.example', visibility: 'members' } });
  const offer = (title) => ({ side: 'offer', kind: 'expertise', texts: [{ language: 'en', title, description: '' }], sectors: ['72'], countries: ['SI'] });
  const open = async (who, name, offers = []) => {
    let p = await step(who, 'POST', '/api/v1/cluster-profiles', input(name), 201);
    for (const title of offers) p = await step(who, 'POST', `${p.href}/offers`, { revision: p.revision, ...offer(title) }, 201);
    return p;
  };
  const draft = await open(banat, 'Banat', ['O1', 'O2']);
  let toPublish = await open(maritsa, 'Maritsa');
  toPublish = await step(maritsa, 'POST', `${toPublish.href}/submit`, { revision: toPublish.revision });
  let toSendBack = await open(athens, 'Athens');
  toSendBack = await step(athens, 'POST', `${toSendBack.href}/submit`, { revision: toSendBack.revision });
  const published = (await step(follower, 'GET', '/api/v1/cluster-profiles?sector=16')).items.find((c) => c.organisation.slug === 'valea-sucevei-wood-cluster');
  const revision = async (p, who) => (await step(who, 'GET', p.href)).revision;
  const on = (who, p, more = {}, body) => ({ who, params: { id: p.id, ...more }, ...(body ? { body: async () => ({ revision: await revision(p, who), ...body }) } : {}) });
  return {
    createClusterProfile: { who: ilfov, body: input('Ilfov') },
    getClusterProfile: on(banat, draft),
    updateClusterProfile: on(banat, draft, {}, input('Banat')),
    addClusterProfileOffer: on(banat, draft, {}, offer('O3')),
    saveClusterProfileOffer: on(banat, draft, { offer: draft.offers_and_needs[0].id }, offer('O1 changed')),
    deleteClusterProfileOffer: { who: banat, params: async () => ({ id: draft.id, offer: draft.offers_and_needs[1].id, revision: await revision(draft, banat) }) },
    renewClusterProfileOffers: on(banat, draft, {}, {}),
    setClusterProfileEditors: on(banat, draft, {}, { editors: [banat.email] }),
    submitClusterProfile: on(banat, draft, {}, {}),
    publishClusterProfile: on(reviewer, toPublish, {}, {}),
    sendBackClusterProfile: on(reviewer, toSendBack, {}, { note: 'Name your members.' }),
    followClusterProfile: { who: follower, params: { id: published.id } },
    unfollowClusterProfile: { who: follower, params: { id: published.id } },
  };
}

// Partner search on the demo server, as the administrator the test signs in: a search with a
// criterion, an expression of interest to a published cluster profile (one a search finds), and
// a saved search made just before its deletion.
export async function partnerSearchExamples(base, session) {
  const call = async (method, path, json) => {
    const res = await session.fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
      body: json === undefined ? undefined : JSON.stringify(json) });
    return { status: res.status, body: await res.json() };
  };
  const found = await call('GET', '/api/v1/partner-search?q=testing+lab');
  assert.equal(found.status, 200, JSON.stringify(found.body));
  const profile = found.body.matches[0].profile;
  return {
    searchPartners: { params: { q: 'testing lab', mine: 'yes' } },
    expressInterest: { body: { profile, about: null, message: 'Dear colleagues, shall we prepare a joint project?' } },
    deleteSavedSearch: {
      params: async () => {
        const made = await call('POST', '/api/v1/partner-search/saved', { name: 'To delete', q: 'cross-laminated timber' });
        assert.equal(made.status, 201, JSON.stringify(made.body));
        return { id: made.body.id };
      },
    },
  };
}

// The knowledge base's workflow on the demo server, as the administrator (who writes and
// reviews every area) with a write token: for each step an item of its own, made through the
// API and brought to the state the step starts from; the body names its current revision.
export async function knowledgeWorkflowExamples(base, token) {
  const call = async (method, path, json, expected = 200) => {
    const res = await fetch(base + path, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json) });
    const body = await res.json();
    assert.equal(res.status, expected, `${method} ${path}: ${JSON.stringify(body)}`);
    return body;
  };
  const steps = { draft: [], in_review: ['submit'], published: ['submit', 'publish'] };
  const itemIn = async (state, title) => {
    let item = await call('POST', '/api/v1/knowledge', {
      kind: 'good_practice', original_language: 'en', areas: ['WG1'], countries: ['RO'],
      timeframe: 'current',
      texts: [{ language: 'en', title, summary: 'An item the API documentation moves through the workflow.', body: 'Made for the example.' }],
    }, 201);
    for (const s of steps[state]) item = await call('POST', `/api/v1/knowledge/${item.id}/${s}`, { revision: item.revision });
    return item;
  };
  const at = (item, more = {}) => ({ params: { id: item.id }, body: { revision: item.revision, ...more } });
  const toRestore = await itemIn('in_review', 'Workflow example: a revision to restore');
  // A search nothing answers, so that the report of searches that found little has a row for
  // its example to take off.
  const unanswered = await fetch(`${base}/api/v1/knowledge?q=${encodeURIComponent('qqzx wwvy')}&ui=en`,
    { headers: { Authorization: `Bearer ${token}` } });
  assert.equal((await unanswered.json()).total, 0);
  // An item written in Croatian, which the installed Apertium translates into English.
  const croatian = await call('POST', '/api/v1/knowledge', {
    kind: 'good_practice', original_language: 'hr', areas: ['WG1'], countries: ['HR'], timeframe: 'current',
    texts: [{ language: 'hr', title: 'Regionalna politika klastera', summary: 'Potpora klasterima u Hrvatskoj.', body: 'Primjer.' }],
  }, 201);
  return {
    submitKnowledgeItem: at(await itemIn('draft', 'Workflow example: a draft to submit')),
    publishKnowledgeItem: at(await itemIn('in_review', 'Workflow example: an item to publish')),
    returnKnowledgeItem: at(await itemIn('in_review', 'Workflow example: an item to return'), { reason: 'Name the region where it was tested.' }),
    archiveKnowledgeItem: at(await itemIn('published', 'Workflow example: an item to archive')),
    restoreKnowledgeRevision: at(toRestore, { number: 1 }),
    // A Greek query typed in Latin letters: its answer lists the concept it was widened with.
    searchKnowledge: { params: { q: 'anaptyxi promitheuton', ui: 'en' } },
    getKnowledgeItem: { params: { ui: 'ro' } },
    dismissSearchGap: { body: { query: 'qqzx wwvy', language: 'en', results: 'none' } },
    machineTranslateKnowledgeItem: { params: { id: croatian.id }, body: { language: 'en' } },
  };
}

// Delphi studies on the demo server: the administrator organises studies made for the
// purpose, each brought to the state its operation needs; a demo person answers as panellist.
export async function delphiExamples(base) {
  const [organiser, panellist, invitee] = await Promise.all([
    'admin@clusterpolisee.example', 'eleni.papadimitriou@axios-innovation-agency.example',
    'marco.zanon@piave-cluster-network.example'].map((e) => person(base, e)));
  const study = async (title, { statement = true, panel = true, open = false } = {}) => {
    const s = await step(organiser, 'POST', '/api/v1/delphi', { title }, 201);
    const made = { id: s.id };
    if (statement) made.statement = (await step(organiser, 'POST', `/api/v1/delphi/${s.id}/statements`, { kind: 'importance', text: 'Clusters share testing labs.' }, 201)).id;
    if (panel) await step(organiser, 'POST', `/api/v1/delphi/${s.id}/panel`, { user: panellist.id, area: 'WG1' }, 201);
    if (open) await step(organiser, 'POST', `/api/v1/delphi/${s.id}/rounds`, {}, 201);
    return made;
  };
  const running = await study('Example: a running round', { open: true });
  const draft = await study('Example: a draft', { panel: false });
  const ready = await study('Example: ready for round 1');
  const toClose = await study('Example: a round to close', { open: true });
  const at = (s) => ({ params: { id: s.id } });
  // The demo's finished study has a scenario frame: saved again as it is, from its revision.
  const finished = (await step(organiser, 'GET', '/api/v1/delphi')).items.find((s) => s.title === 'SEE clusters 2035');
  const frameAgain = async () => {
    const { frame } = await step(organiser, 'GET', `/api/v1/delphi/${finished.id}/scenarios`);
    const { updated_at: _, ...input } = frame;
    return input;
  };
  return {
    getDelphiStudy: at(running),
    changeDelphiStudy: { params: { id: draft.id }, body: async () => ({ title: 'Example: a draft, renamed', revision: (await step(organiser, 'GET', `/api/v1/delphi/${draft.id}`)).revision }) },
    addDelphiStatement: at(draft),
    changeDelphiStatement: { params: { id: draft.id, statement: draft.statement }, body: { kind: 'desirability', text: 'Clusters share testing labs across borders.' } },
    inviteDelphiPanellist: { params: { id: draft.id }, body: { user: invitee.id, area: 'WG2' } },
    listDelphiRounds: at(running),
    openDelphiRound: at(ready),
    closeDelphiRound: at(toClose),
    remindDelphiPanel: at(running),
    getDelphiQuestionnaire: { who: panellist, params: { id: running.id } },
    answerDelphiRound: { who: panellist, params: { id: running.id }, body: { answers: [{ statement: running.statement, rating: 4, argument: 'Shared labs cost less.' }] } },
    getDelphiResults: at(running),
    downloadDelphiResults: at(running),
    getDelphiMethods: at(finished),
    downloadDelphiMethods: at(finished),
    downloadDelphiMethodsMarkdown: at(finished),
    getDelphiScenarios: at(finished),
    saveDelphiScenarios: { params: { id: finished.id }, body: frameAgain },
  };
}

// Working-group workspaces on the demo server: the WG4 coordinator opens two discussions for
// the purpose — one to reply in, edit and hide a post of, one to lock — so that no demo
// discussion changes and each step finds what it needs.
export async function groupExamples(base) {
  const tomas = await person(base, 'tomas.kovacik@danube-innovation-agency.example');
  const open = await step(tomas, 'POST', '/api/v1/groups/WG4/threads', { subject: 'Examples', body: 'First post.' }, 201);
  const toLock = await step(tomas, 'POST', '/api/v1/groups/WG4/threads', { subject: 'To lock', body: 'First post.' }, 201);
  const posts = (await step(tomas, 'GET', `/api/v1/threads/${open.id}/posts`)).items;
  const extra = await step(tomas, 'POST', `/api/v1/threads/${open.id}/posts`, { body: 'To hide.' }, 201);
  const on = (thread, more = {}) => ({ who: tomas, params: { id: thread.id, ...more } });
  return {
    listThreadPosts: on(open),
    replyInThread: on(open),
    editPost: { ...on(open, { post: posts[0].id }), body: { body: 'First post, edited.' } },
    hidePost: on(open, { post: extra.id }),
    setThreadState: { ...on(toLock), body: { state: 'locked' } },
    setThreadSubscription: { ...on(open), body: { subscription: 'unsubscribed' } },
  };
}
