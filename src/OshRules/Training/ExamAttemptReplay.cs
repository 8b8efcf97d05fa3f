using System.Collections;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// Replays a learner's history in a course (學習歷程重演): reading, attempts, resets and the questionnaire, in order,
/// and checks that every attempt was allowed. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>The platform's rules (manual, 評量區): the test opens once every node has been viewed (EDU-2); 80 or more
/// passes (EDU-3); a Chinese course gives 2 attempts and a foreign-language course 3, read as attempts in total per
/// cycle (EDU-4); when they are used up without a pass, the reading hours and reading progress are cleared and the
/// learner must meet both again, after which the test opens with a fresh set of attempts (EDU-5).</para>
/// <para>In the first cycle the test opens on progress alone (the manual asks only that every node be viewed); after
/// a reset it needs both reading hours and progress (the manual names both). The questionnaire is not cleared.</para>
/// <para>Bad histories are rejected, never answered: an attempt before every node was viewed (EDU-2); an attempt
/// after a reset before both reading conditions were met again (EDU-5); an attempt after a pass (EDU-3); a node
/// number beyond the course's nodes; an event after the evaluation date.</para>
/// </remarks>
public static class ExamAttemptReplay
{
    /// <summary>Attempts per cycle for <paramref name="course"/> on <paramref name="date"/> (EDU-4).</summary>
    /// <param name="course">The course.</param>
    /// <param name="date">The date.</param>
    /// <returns>The limit with its citation.</returns>
    public static ParameterValue<int> AttemptLimit(Course course, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(course);
        return (course.IsForeignLanguage ? TrainingParameters.AttemptsForeign : TrainingParameters.AttemptsChinese).At(date);
    }

    /// <summary>Replays <paramref name="progress"/> in <paramref name="course"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="course">The course.</param>
    /// <param name="progress">The learner's ordered history in it.</param>
    /// <param name="asOf">The evaluation date; no event may be later.</param>
    /// <returns>The state after the last event.</returns>
    /// <exception cref="OshValidationException">The history breaks a platform rule (see remarks) or is of another course.</exception>
    public static ExamReplayState Replay(Course course, CourseProgress progress, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(progress);
        if (!progress.IsOf(course))
        {
            throw new OshValidationException("CourseProgress.CourseId", "EDU-1", "does not match the course");
        }

        var limit = AttemptLimit(course, asOf).Value;
        var passMark = TrainingParameters.PassMark.At(asOf).Value;
        var nodes = new BitArray(course.NodeCount);
        var nodesViewed = 0;
        var cycle = 1;
        var used = 0;
        var hours = 0m;
        var resets = 0;
        DateOnly? hoursMetOn = course.RequiredReadingHours == 0 ? progress.Events.FirstOrDefault()?.Date : null;
        DateOnly? progressMetOn = null;
        DateOnly? passedOn = null;
        DateOnly? questionnaireOn = null;
        DateOnly? lastResetOn = null;
        int? lastScore = null;

        foreach (var e in progress.Events)
        {
            if (e.Date > asOf)
            {
                throw new OshValidationException("LearningEvent.Date", "EDU-1", "must not be after the evaluation date");
            }

            switch (e)
            {
                case ReadingSession r:
                    hours = checked(hours + r.Hours);
                    foreach (var n in r.NodesViewed)
                    {
                        if (n > course.NodeCount)
                        {
                            throw new OshValidationException("ReadingSession.NodesViewed", "EDU-2", $"node {n} is beyond the course's {course.NodeCount} nodes");
                        }

                        if (!nodes[n - 1])
                        {
                            nodes[n - 1] = true;
                            nodesViewed++;
                        }
                    }

                    if (hoursMetOn is null && hours >= course.RequiredReadingHours)
                    {
                        hoursMetOn = r.Date;
                    }

                    if (progressMetOn is null && nodesViewed == course.NodeCount)
                    {
                        progressMetOn = r.Date;
                    }

                    break;

                case QuestionnaireSubmitted q:
                    questionnaireOn ??= q.Date;
                    break;

                case ExamAttempt a:
                    if (passedOn is not null)
                    {
                        throw new OshValidationException("ExamAttempt", "EDU-3", "an attempt was made after the test was passed");
                    }

                    if (progressMetOn is null && cycle == 1)
                    {
                        throw new OshValidationException("ExamAttempt", "EDU-2", "an attempt was made before every node of the course was viewed");
                    }

                    if (cycle > 1 && (progressMetOn is null || hoursMetOn is null))
                    {
                        throw new OshValidationException("ExamAttempt", "EDU-5", "an attempt was made after the attempts of a cycle were used up and before reading hours and progress were met again");
                    }

                    used++;
                    lastScore = a.Score;
                    if (a.Score >= passMark)
                    {
                        passedOn = a.Date;
                    }
                    else if (used == limit)
                    {
                        // EDU-5: the attempts are spent; reading is cleared and a new cycle begins.
                        cycle++;
                        resets++;
                        used = 0;
                        hours = 0m;
                        nodes.SetAll(false);
                        nodesViewed = 0;
                        hoursMetOn = course.RequiredReadingHours == 0 ? a.Date : null;
                        progressMetOn = null;
                        lastResetOn = a.Date;
                    }

                    break;

                default:
                    throw new OshValidationException("LearningEvent", "EDU-1", "is of an unknown kind");
            }
        }

        return new ExamReplayState
        {
            Cycle = cycle,
            AttemptLimit = limit,
            AttemptsUsed = used,
            ReadingHours = hours,
            NodesViewed = nodesViewed,
            NodeCount = course.NodeCount,
            RequiredReadingHours = course.RequiredReadingHours,
            ReadingHoursMetOn = hoursMetOn,
            ReadingProgressMetOn = progressMetOn,
            TestPassedOn = passedOn,
            LastScore = lastScore,
            QuestionnaireSubmittedOn = questionnaireOn,
            ResetCount = resets,
            LastResetOn = lastResetOn,
            PassMark = passMark,
        };
    }
}
