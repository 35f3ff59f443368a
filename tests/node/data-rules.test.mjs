// The data checker's rules (scripts/check-data.mjs), run on small made-up data, so that each rule
// is seen to refuse what it must refuse; the real data passing them is `npm run data:check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAll, checkChecklist, checkEmergency, checkLineOrder, loadChecklists } from '../../scripts/check-data.mjs';

const line = (id, serviceType, extra = {}) => ({ id, country: id.slice(0, 2).toUpperCase(), serviceType, ...extra });
const errorsOf = (check, ...args) => {
  const errors = [];
  check(...args, errors);
  return errors;
};

test('the project data passes every rule', () => {
  assert.deepEqual(checkAll().errors, []);
});

test('a support line comes before a police or professionals\' line', () => {
  assert.deepEqual(errorsOf(checkLineOrder, [line('mt-support', 'government-helpline'), line('mt-police', 'police-reporting')]), []);
  const errors = errorsOf(checkLineOrder, [line('mt-police', 'police-reporting'), line('mt-support', 'government-helpline')]);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /mt-support, a support line, must come before mt-police/);
  assert.equal(errorsOf(checkLineOrder, [line('se-pro', 'professional-advice'), line('se-women', 'violence-against-women')]).length, 1);
});

test('a line that serves people elsewhere is never first, and does not count as the support line first', () => {
  const abroad = line('hk-abroad', 'government-helpline', { notFirst: 'residents held abroad' });
  assert.match(errorsOf(checkLineOrder, [abroad, line('hk-police', 'police-reporting')])[0], /notFirst but is the first line/);
  assert.deepEqual(errorsOf(checkLineOrder, [line('hk-police', 'police-reporting'), abroad]), []);
});

test('a child helpline shown first says whether it takes calls about adults', () => {
  assert.match(errorsOf(checkLineOrder, [line('ke-116', 'child-helpline')])[0], /needs adults/);
  assert.deepEqual(errorsOf(checkLineOrder, [line('ke-116', 'child-helpline', { adults: false })]), []);
});

const validator = { url: 'https://example.org/ShortNumberMetadata.xml', supports: 'emergency numbers' };
const populous = { source: { url: 'https://example.org/population' }, countries: [...'ABCDEFGHIJKLMNOPQRSTUVWXY'].flatMap((a) => [`Z${a}`, `Y${a}`]) };
const source = [{ url: 'https://example.org/th', supports: '191 police, 1669 medical' }];
const territory = (numbers, extra = {}) => ({ recognised: ['191', '199', '1669'], numbers, sources: source, checked: '2026-12-01', ...extra });
/** The errors about the territories given (the made-up populous countries are left out unless asked for). */
const emergencyErrors = (territories, lines = [], { populousToo = false, gaps = {} } = {}) =>
  errorsOf(checkEmergency, { validator, populous, gaps, territories }, lines).filter((error) => populousToo || !/^emergency [YZ][A-Z]:/.test(error));

test('emergency numbers: roles, order, the validator and its sourced exceptions', () => {
  assert.deepEqual(emergencyErrors({ TH: territory([{ number: '191', roles: ['police'] }, { number: '1669', roles: ['ambulance'] }]) }), []);
  assert.match(emergencyErrors({ TH: territory([{ number: '191', roles: ['sheriff'] }]) }).join('\n'), /roles are all, police, ambulance, fire/);
  assert.match(emergencyErrors({ TH: territory([{ number: '191', roles: ['all', 'police'] }]) }).join('\n'), /"all" stands alone/);
  assert.match(emergencyErrors({ TH: territory([{ number: '191', roles: ['police'] }, { number: '1669', roles: ['all'] }]) }).join('\n'), /comes first/);
  assert.match(emergencyErrors({ TH: territory([{ number: '1555', roles: ['police'] }]) }).join('\n'), /not a number libphonenumber recognises/);
  assert.deepEqual(emergencyErrors({ TH: territory([{ number: '1555', roles: ['police'] }], { notRecognised: { 1555: 'the police say so' } }) }), []);
  assert.match(emergencyErrors({ TH: territory([{ number: '191', roles: [] }]) }).join('\n'), /needs a doubt/);
  assert.match(emergencyErrors({ TH: territory([{ number: '191', roles: ['police'] }], { sources: [] }) }).join('\n'), /needs at least one source/);
  assert.match(emergencyErrors({ TH: territory([{ number: '191', roles: ['police'] }], { checked: '2999-01-01' }) }).join('\n'), /not in the future/);
});

test('every country with a line, and every populous country, shows a police and a medical number', () => {
  const policeOnly = { TH: territory([{ number: '191', roles: ['police'] }]) };
  assert.deepEqual(emergencyErrors(policeOnly), [], 'a small territory without a line may show one number');
  assert.deepEqual(emergencyErrors(policeOnly, [line('th-1300', 'anti-trafficking')]), ['emergency TH: no number for medical emergencies']);
  assert.deepEqual(emergencyErrors({ TH: territory([{ number: '191', roles: ['all'] }]) }, [line('th-1300', 'anti-trafficking')]), [], 'one number for every service covers both');
  const populousErrors = emergencyErrors({ ZA: territory([{ number: '191', roles: ['police'] }]) }, [], { populousToo: true });
  assert.ok(populousErrors.includes('emergency ZA: no number for medical emergencies'), 'a country of more than 5 million people without a line');
  assert.ok(!populousErrors.includes('emergency ZA: no number for the police'));
  // A role no page names is recorded in gaps, with the doubt saying what was searched, never guessed.
  const thai = [line('th-1300', 'anti-trafficking')];
  const searched = { TH: territory([{ number: '191', roles: ['police'] }], { doubt: 'no medical number found: searched ...' }) };
  assert.deepEqual(emergencyErrors(searched, thai, { gaps: { TH: ['ambulance'] } }), []);
  assert.deepEqual(emergencyErrors(policeOnly, thai, { gaps: { TH: ['ambulance'] } }), ['emergency TH: no number for medical emergencies'], 'a gap needs its doubt');
  assert.deepEqual(emergencyErrors(searched, thai, { gaps: { TH: ['police', 'ambulance'] } }), ['emergency TH: gaps lists police, which it now shows']);
});

test('the self-check says "at any time" and "you decide" only where a line allows it', () => {
  const self = loadChecklists().find((content) => content.audience === 'self');
  assert.deepEqual(errorsOf(checkChecklist, self), []);
  const promising = structuredClone(self);
  promising.guidance.none.support = 'You can talk to the line below in confidence, at any time.';
  promising.guidance.some.other = 'You decide what happens next.';
  const errors = errorsOf(checkChecklist, promising);
  assert.ok(errors.some((error) => error.includes('only guidance.none.support24 may say "at any time"')));
  assert.ok(errors.some((error) => error.includes('only above a support line')));
  promising.intro = 'A tick is not a verdict; you decide what happens next.';
  assert.ok(errorsOf(checkChecklist, promising).some((error) => error.includes('the intro is above every kind of line')));
});
