// Home: the list of assessments, create, open, delete with undo, the demo.
export const home = {
  'home.title': 'Assessments',
  'home.lead':
    'Each assessment hears every department, shows where they disagree and sets the answers beside customer evidence.',
  'home.new': 'New assessment',
  'home.demo': 'Open the demo',
  'home.demoBusy': 'Preparing the demo…',
  'home.loading': 'Loading assessments…',
  'home.error': 'The assessments could not be loaded.',
  'home.empty.title': 'No assessments yet',
  'home.empty.body':
    'Create an assessment for an organisation, or open the demo to see a finished one with eight departments.',
  'home.col.organisation': 'Organisation',
  'home.col.created': 'Created',
  'home.col.respondents': 'Respondents',
  'home.col.completion': 'Completion',
  'home.col.level': 'Overall level',
  'home.col.actions': 'Actions',
  'home.open': 'Open',
  'home.openLabel': 'Open {name}',
  'home.delete': 'Delete',
  'home.deleteLabel': 'Delete {name}',
  'home.level': '{name}, {score}',
  'home.notScored': 'Not scored yet',
  'home.noRespondents': 'No respondents yet',
  'home.completion': '{percent} answered',
  'home.confirm.title': 'Delete this assessment?',
  'home.confirm.body':
    '“{name}” and all its respondents and answers will be deleted. You can undo this for a few seconds.',
  'home.confirm.ok': 'Delete assessment',
  'home.deleted': '“{name}” deleted.',
  'home.undo': 'Undo',
  'home.restoreFailed': 'The assessment could not be brought back: {message}',
  'home.deleteFailed': 'The assessment could not be deleted: {message}',
  'home.purgeFailed':
    'The deleted assessment could not yet be removed for good; the app will do so when it closes: {message}',
  'home.list': 'Your assessments',
} as const;
