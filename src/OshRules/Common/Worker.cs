using OshRules.Law;

namespace OshRules.Common;

/// <summary>
/// A worker (勞工): the fact every family matches on. Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// <see cref="Id"/> should be a pseudonymous key (an employee number or a hash), never a national ID.
/// The library never writes it, or the birth date, into a log line or an exception message.
/// </remarks>
public sealed record Worker
{
    /// <summary>Creates a worker.</summary>
    /// <param name="id">A key unique within the roster (員工編號), 1–64 printable characters.</param>
    /// <param name="birthDate">Date of birth (出生日期).</param>
    /// <param name="sex">Sex (性別).</param>
    /// <param name="hireDate">Date of hiring (到職日), when known; not before the birth date.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public Worker(string id, DateOnly birthDate, Sex sex, DateOnly? hireDate = null)
    {
        Id = Guard.NotBlank(id, "Worker.Id", "worker identity", 64);
        BirthDate = Guard.Plausible(birthDate, "Worker.BirthDate", "worker identity");
        Sex = Guard.Defined(sex, "Worker.Sex", "worker identity");
        if (hireDate is { } h)
        {
            Guard.Plausible(h, "Worker.HireDate", "worker identity");
            if (h < birthDate)
            {
                throw new OshValidationException("Worker.HireDate", "worker identity", "must not be before the birth date");
            }
        }

        HireDate = hireDate;
    }

    /// <summary>Key unique within the roster (員工編號).</summary>
    public string Id { get; }

    /// <summary>Date of birth (出生日期).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>Sex (性別).</summary>
    public Sex Sex { get; }

    /// <summary>Date of hiring (到職日), when known.</summary>
    public DateOnly? HireDate { get; }

    /// <summary>Job title (職稱), optional and free text, at most 200 characters.</summary>
    /// <exception cref="OshValidationException">Longer than 200 characters.</exception>
    public string? JobTitle { get; init => field = Guard.FreeText(value, "Worker.JobTitle", "worker identity", 200); }

    /// <summary>Unit or department (單位), optional and free text, at most 200 characters.</summary>
    /// <exception cref="OshValidationException">Longer than 200 characters.</exception>
    public string? Unit { get; init => field = Guard.FreeText(value, "Worker.Unit", "worker identity", 200); }

    /// <summary>Civil-Code age on <paramref name="date"/> (民法 §124).</summary>
    /// <param name="date">The day.</param>
    /// <returns>Completed years of age.</returns>
    public int AgeOn(DateOnly date) => CivilCode.AgeOn(BirthDate, date);

    /// <summary>Whether the worker had been hired by <paramref name="date"/> (or the hire date is unknown).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when in service on that day as far as the record tells.</returns>
    public bool IsInService(DateOnly date) => HireDate is not { } h || h <= date;

    /// <summary>Describes the record without personal data (only the field names).</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => "Worker { Id = <redacted>, BirthDate = <redacted> }";
}
