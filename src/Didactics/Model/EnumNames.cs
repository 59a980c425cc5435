using System.Runtime.CompilerServices;

namespace Didactics;

/// <summary>
/// The names of an <see cref="int"/>-backed enum's values, looked up without boxing or formatting (the turn model names
/// the signal and the collaboration mode every turn). Gives exactly what <see cref="Enum.ToString()"/> gives.
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly string?[] Names = Build();

    public static string Of(T value)
    {
        var index = Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;
        return (uint)index < (uint)Names.Length && Names[index] is { } name ? name : value.ToString();
    }

    private static string?[] Build()
    {
        if (Unsafe.SizeOf<T>() != sizeof(int))
        {
            return [];
        }

        var max = -1;
        foreach (var value in Enum.GetValues<T>())
        {
            var n = Unsafe.As<T, int>(ref Unsafe.AsRef(in value));
            if (n is < 0 or > 256)
            {
                return []; // negative or sparse values: ToString
            }

            max = Math.Max(max, n);
        }

        var names = new string?[max + 1];
        foreach (var value in Enum.GetValues<T>())
        {
            var n = Unsafe.As<T, int>(ref Unsafe.AsRef(in value));
            names[n] = value.ToString();
        }

        return names;
    }
}
