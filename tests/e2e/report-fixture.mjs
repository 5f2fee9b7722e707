// A small municipality for tests/e2e/report-print.test.mjs: 3 units, 2 partners (one without people), 13 people,
// 12 asked and 4 answered, 5 functions: one essential no one holds (only a contributor), one no one is registered with,
// one two people of the same unit hold.
export function smallProject() {
  const people = [
    ['a-01', 'Kari Nordmann', 'u-bolig'],
    ['a-02', 'Ola Hansen', 'u-bolig'],
    ['a-03', 'Siri Berg', 'u-bolig'],
    ['a-04', 'Per Dahl', 'u-bolig'],
    ['a-05', 'Nina Lie', 'u-nav'],
    ['a-06', 'Jon Moe', 'u-nav'],
    ['a-07', 'Eva Lund', 'u-nav'],
    ['a-08', 'Tor Bakke', 'u-nav'],
    ['a-09', 'Anne Holm', 'u-helse'],
    ['a-10', 'Lars Vik', 'u-helse'],
    ['a-11', 'Mia Strand', 'u-helse'],
    ['a-12', 'Ali Khan', 'u-helse'],
    ['a-13', 'Guro Husby', 'u-husbanken']
  ];
  return {
    format: 'bosam-project',
    schemaVersion: 1,
    id: 'liten-kommune-test',
    municipality: { name: 'Liten kommune', number: '1234' },
    units: [
      { id: 'u-bolig', name: 'Boligkontoret', external: false, location: 'Rådhuset' },
      { id: 'u-nav', name: 'NAV', external: false, location: 'NAV-huset' },
      { id: 'u-helse', name: 'Helse og omsorg', external: false },
      {
        id: 'u-husbanken',
        name: 'Husbanken',
        external: true,
        location: 'Bergen',
        relation: {
          agreement: 'Ja, samarbeidsavtale fra 2024',
          contact: 'Boligkonsulenten',
          frequency: 'Månedlig',
          about: 'Startlån og tilskudd'
        }
      },
      { id: 'u-krim', name: 'Kriminalomsorgen', external: true, relation: { agreement: 'Nei' } }
    ],
    actors: people.map(([id, name, unitId]) => ({ id, name, unitId })),
    targetGroups: [
      { id: 'tg-rus', name: 'Personer med rusproblemer' },
      { id: 'tg-unge', name: 'Unge' }
    ],
    functions: [
      { id: 'f-tildeling', name: 'Tildeling av kommunal bolig', essential: true },
      { id: 'f-oppfolging', name: 'Bo-oppfølging', essential: true },
      { id: 'f-forebygging', name: 'Forebygging av utkastelser', essential: true },
      { id: 'f-startlan', name: 'Startlån', essential: false },
      { id: 'f-bostotte', name: 'Bostøtte', essential: false }
    ],
    assignments: [
      {
        unitId: 'u-bolig',
        actorId: 'a-01',
        functionId: 'f-tildeling',
        targetGroupIds: [],
        role: 'responsible',
        decisionAuthority: true,
        fte: 0.5
      },
      {
        unitId: 'u-nav',
        actorId: 'a-05',
        functionId: 'f-tildeling',
        targetGroupIds: ['tg-rus'],
        role: 'contributes',
        decisionAuthority: false,
        fte: 0.1
      },
      {
        unitId: 'u-helse',
        actorId: 'a-09',
        functionId: 'f-oppfolging',
        targetGroupIds: ['tg-rus', 'tg-unge'],
        role: 'performs',
        decisionAuthority: false,
        fte: 0.4
      },
      { unitId: 'u-bolig', functionId: 'f-oppfolging', targetGroupIds: [], role: 'performs', decisionAuthority: false },
      {
        unitId: 'u-nav',
        actorId: 'a-06',
        functionId: 'f-forebygging',
        targetGroupIds: [],
        role: 'contributes',
        decisionAuthority: false,
        fte: 0.1
      },
      {
        unitId: 'u-bolig',
        actorId: 'a-02',
        functionId: 'f-startlan',
        targetGroupIds: [],
        role: 'responsible',
        decisionAuthority: true,
        fte: 0.2
      },
      // A second person of the same unit on the same function: the unit's 0,5 gets a total row of its own.
      {
        unitId: 'u-bolig',
        actorId: 'a-03',
        functionId: 'f-startlan',
        targetGroupIds: [],
        role: 'performs',
        decisionAuthority: false,
        fte: 0.3
      },
      {
        unitId: 'u-husbanken',
        actorId: 'a-13',
        functionId: 'f-startlan',
        targetGroupIds: [],
        role: 'contributes',
        decisionAuthority: false
      }
    ],
    waves: [{ id: 'w-1', label: 'Kartlegging 2026', date: '2026-03-01' }],
    respondents: people
      .slice(0, 12)
      .map(([id]) => ({ actorId: id, waveId: 'w-1', responded: ['a-01', 'a-02', 'a-05', 'a-09'].includes(id) })),
    ties: [
      { from: 'a-01', to: 'a-05', waveId: 'w-1', frequency: 3, types: ['information'] },
      { from: 'a-05', to: 'a-01', waveId: 'w-1', frequency: 3, types: ['information'] },
      { from: 'a-09', to: 'a-01', waveId: 'w-1', frequency: 2, types: ['coordination'] },
      { from: 'a-02', to: 'a-13', waveId: 'w-1', frequency: 2, types: ['information'] },
      { from: 'a-01', to: 'a-02', waveId: 'w-1', frequency: 4, types: ['information'] }
    ],
    assessments: [{ id: 's-1', kind: 'strength', text: 'Boligkontoret og NAV har ukentlig kontakt.', evidence: [] }],
    phases: {}
  };
}
