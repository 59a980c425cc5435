namespace Didactics;

/// <summary>
/// The built-in strategies' replies for a turn whose help the effort gate holds back (<see cref="TurnModel.EffortRequired"/>):
/// shared by their hint phases, so every built-in trades help for thinking in the same warm way, in English and Dutch.
/// Public so your own strategies can use them too, e.g.
/// <c>Content = new[] { "{{ if EffortRequired }}" + EffortContent.Held + "{{ else }}Hint: {{ Hint }}{{ end }}" }</c>.
/// </summary>
public static class EffortContent
{
    /// <summary>
    /// Authored reply: an opener that fits the signal ("I don't know" is welcomed, a request or a push is refused kindly),
    /// the problem and the rungs so far; then the current rung re-asked (after a request) or one concrete smaller
    /// question (<see cref="TurnModel.SmallerQuestion"/>: what is asked, what is given, a first step, and for a learner who
    /// stays stuck a worked sibling problem). Never the next rung, never the answer.
    /// </summary>
    public const string Held =
        "{{ if Language == \"nl\" }}"
        + "{{ if Signal == \"DontKnow\" }}Dat is niet erg: niet weten is waar nadenken begint.{{ else if Signal == \"OffTopic\" }}Laten we teruggaan naar de opgave.{{ else if Signal == \"Unclassified\" }}Laten we samen verder denken.{{ else }}Het antwoord geef ik niet, maar ik help je graag: de volgende tip verdien je met een eigen poging.{{ end }}"
        + " De opgave: {{ Problem }} {{ if EarlierHints != \"\" }}Eerdere tips: {{ EarlierHints }} {{ end }}"
        + "{{ if Hint != \"\" && Signal != \"DontKnow\" }}Blijf nog even bij deze tip: {{ Hint }} Wat krijg je als je die toepast?{{ else }}{{ if Hint != \"\" }}Je tip tot nu toe: {{ Hint }} {{ end }}{{ SmallerQuestion }}{{ end }}"
        + "{{ else }}"
        + "{{ if Signal == \"DontKnow\" }}That's okay: not knowing yet is where thinking starts.{{ else if Signal == \"OffTopic\" }}Let's get back to the problem.{{ else if Signal == \"Unclassified\" }}Let's keep thinking together.{{ else }}I won't give you the answer, but I'm glad to help: the next hint is yours as soon as you try something yourself.{{ end }}"
        + " The problem: {{ Problem }} {{ if EarlierHints != \"\" }}Earlier hints: {{ EarlierHints }} {{ end }}"
        + "{{ if Hint != \"\" && Signal != \"DontKnow\" }}Stay with this hint for a moment: {{ Hint }} What do you get when you apply it?{{ else }}{{ if Hint != \"\" }}Your hint so far: {{ Hint }} {{ end }}{{ SmallerQuestion }}{{ end }}"
        + "{{ end }}";

    /// <summary>Model-facing instruction for the same turn: no new rung, re-ask the current one or ask the smaller question.</summary>
    public const string HeldInstruction =
        "The learner has not tried anything since the last help ({{ Signal }}), so the next hint is held back. Do not give a new hint and do not give the answer. "
        + "Be warm: {{ if Signal == \"DontKnow\" }}not knowing yet is fine.{{ else }}refuse kindly and say the next hint comes after their own try.{{ end }} "
        + "{{ if Hint != \"\" && Signal != \"DontKnow\" }}Re-ask the current hint, applied to the problem ({{ Problem }}): {{ Hint }}{{ else }}Ask only this smaller question about the problem ({{ Problem }}), in your own words: {{ SmallerQuestion }}{{ end }}";

    /// <summary>
    /// The worked-example strategy's example phase when the learner did not engage with the example: the smaller
    /// question walks the example's steps one at a time (the sibling is already on screen), never the target's answer.
    /// </summary>
    public const string HeldExample =
        "{{ if Language == \"nl\" }}{{ if Signal == \"DontKnow\" }}Dat is niet erg, we nemen een kleinere stap.{{ else }}Het voorbeeld is er om je op weg te helpen.{{ end }} {{ SmallerQuestion }}"
        + "{{ else }}{{ if Signal == \"DontKnow\" }}That's okay, let's take a smaller step.{{ else }}The example is there to get you started.{{ end }} {{ SmallerQuestion }}{{ end }}";
}
