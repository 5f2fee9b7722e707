// English texts for the survey feature (merged into en.js).
export default {
};
