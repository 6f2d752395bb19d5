using BlazorErp.Core.Admin;

namespace BlazorErp.Core.Tests;

public class ApiKeyTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Created_key_matches_its_plain_text_and_stores_only_a_hash()
    {
        var (key, plain) = ApiKey.Create("  分销商A  ", "admin", Now);

        Assert.StartsWith(ApiKey.Prefix, plain);
        Assert.Equal("分销商A", key.Name);
        Assert.True(key.Matches(plain));
        Assert.DoesNotContain(plain, key.Hash);
        Assert.Equal(plain[..12], key.Lookup);
    }

    [Fact]
    public void A_key_with_one_character_changed_does_not_match()
    {
        var (key, plain) = ApiKey.Create("WMS", "admin", Now);
        var last = plain[^1];
        var tampered = plain[..^1] + (last == 'a' ? 'b' : 'a');

        Assert.False(key.Matches(tampered));
    }

    [Fact]
    public void Two_keys_are_never_the_same()
    {
        var (_, first) = ApiKey.Create("A", "admin", Now);
        var (_, second) = ApiKey.Create("A", "admin", Now);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Revoking_twice_is_refused_and_keeps_the_first_revocation()
    {
        var (key, _) = ApiKey.Create("WMS", "admin", Now);

        Assert.True(key.Revoke("admin", Now).Succeeded);
        var again = key.Revoke("other", Now.AddHours(1));

        Assert.False(again.Succeeded);
        Assert.Equal("ApiKey.AlreadyRevoked", again.Error!.Code);
        Assert.Equal(Now, key.RevokedAtUtc);
        Assert.Equal("admin", key.RevokedBy);
    }
}
