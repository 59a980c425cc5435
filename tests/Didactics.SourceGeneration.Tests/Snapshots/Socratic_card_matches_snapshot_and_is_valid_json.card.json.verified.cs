{
  "schema": "didactics.transparency-card/1",
  "strategy": "socratic",
  "description": "Asks questions instead of giving answers.",
  "preamble": "You are a patient tutor.",
  "phases": [
    {
      "name": "Elicit",
      "move": "Elicit",
      "start": true,
      "terminal": false,
      "instructions": "Ask what the learner notices about {{ Problem }}.",
      "content": ["What do you notice about {{ Problem }}?"]
    },
    {
      "name": "Probe",
      "move": "Probe",
      "start": false,
      "terminal": false,
      "instructions": "{{ if Verdict == \"incorrect\" }}The attempt was wrong{{ if Diagnosis != \"\" }} ({{ Diagnosis }}){{ end }}.{{ else }}Ask why.{{ end }} Attempts: {{ Attempts }}.",
      "content": ["Why do you think so?", "How did you get that? ({{ Attempts }} tries so far)"]
    },
    {
      "name": "Hint",
      "move": "Hint",
      "start": false,
      "terminal": false,
      "instructions": null,
      "content": ["Hint: {{ Hint }}"]
    },
    {
      "name": "Done",
      "move": "Consolidate",
      "start": false,
      "terminal": true,
      "instructions": null,
      "content": ["Well done: {{ Learner | string.upcase }} is right."]
    }
  ],
  "transitions": [
    { "from": "*", "on": "CorrectAttempt", "to": "Done" },
    { "from": "*", "on": "IncorrectAttempt", "to": "Probe" },
    { "from": "*", "on": "DontKnow", "to": "Hint" },
    { "from": "Probe", "on": "IncorrectAttempt", "to": "Hint" }
  ],
  "answerPolicy": { "disclosure": "AfterAttempts", "minAttempts": 3, "declared": true },
  "hintLadder": ["Look at the denominators.", "Make the denominators equal."],
  "dataSentToModel": {
    "learnerMessages": true,
    "templateVariables": ["Attempts", "Diagnosis", "Problem", "Verdict"]
  },
  "authoredContentVariables": ["Attempts", "Hint", "Learner", "Problem"],
  "referenceAnswerCanReachModel": false
}
