// English texts for the hardening feature (merged into en.js).
export default {
  'hardening.exportNow': 'Export the open project now',
  'hardening.damagedFound': {
    one: 'One record stored in the browser could not be opened and has been set aside. Nothing else is affected.',
    other:
      '{count} records stored in the browser could not be opened and have been set aside. Nothing else is affected.'
  },
  'hardening.damagedGo': 'See them under Projects (download or delete)',
  'hardening.showAllRows': 'Showing the first {shown} of {count} rows. Show all (may take a while)',
  'hardening.matrixSkipped':
    'With {count} units the grid is too large to show (the limit is {limit} units). The table of units above has the figures for each unit.',
  'caveat.sampled':
    'The network has {actors} people, so betweenness and closeness are estimated from {sources} randomly chosen starting points instead of all of them. With 95% confidence each normalised betweenness is within {bound} of the exact value.'
};
