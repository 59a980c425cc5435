stateDiagram-v2
    state "Elicit" as p0
    state "Probe" as p1
    state "Hint" as p2
    state "Done" as p3
    [*] --> p0
    p0 --> p3 : CorrectAttempt
    p0 --> p1 : IncorrectAttempt
    p0 --> p2 : DontKnow
    p1 --> p2 : IncorrectAttempt
    p1 --> p3 : CorrectAttempt
    p1 --> p2 : DontKnow
    p2 --> p3 : CorrectAttempt
    p2 --> p1 : IncorrectAttempt
    p2 --> p2 : DontKnow
    p3 --> [*]
